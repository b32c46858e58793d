/** The lost article report and the receipt of found property returned, as printed: already masked for their reader. */
import type { FormViewBase } from '../../layout/types.js';

export interface PrintedArticle {
  /** The kind's name in the document's language. */
  kind: string;
  description: string;
  /** IMEI, document number, vehicle numbers: what identifies it. */
  identifiers: string;
}

export interface LostArticleReportView extends FormViewBase {
  number: string;
  reportedAt: string;
  /** null: withheld from this reader (a child). */
  informant: { name: string; address: string; phone: string } | null;
  lostAt: string;
  lostPlace: string;
  articles: PrintedArticle[];
  circumstances: string | null;
  gdEntry: string;
  officer: string;
}

export interface PropertyReturnReceiptView extends FormViewBase {
  number: string;
  article: PrintedArticle;
  foundAt: string;
  foundPlace: string;
  returnedAt: string;
  /** null: withheld from this reader (a child). */
  owner: { name: string; identity: string } | null;
  order: string;
  lostReport: string | null;
  officer: string;
}
