import type { Tx } from '../../storage/db.js';

/**
 * Ends the user's sessions and revokes their API tokens that existed at a reset or disablement.
 * Done where the event is applied, so it happens on every node the event reaches (sessions and
 * tokens are each node's own), including a station that hears of it at its next sync. Only what
 * was made up to the event's time is touched, so a replay (rebuild) changes nothing more.
 */
export async function endAccessBefore(tx: Tx, userId: string, at: string): Promise<void> {
  await tx.updateTable('sessions').set({ ended_at: at }).where('user_id', '=', userId).where('ended_at', 'is', null).where('created_at', '<=', at).execute();
  await tx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).where('created_at', '<=', at).execute();
}
