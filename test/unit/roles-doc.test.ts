import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { ACTIONS, ROLE_DEFINITIONS, ROLES } from '../../src/domain/roles.js';

test('docs/roles.md shows exactly the permissions the code grants', () => {
  const md = fs.readFileSync(new URL('../../docs/roles.md', import.meta.url), 'utf8');
  const lines = md.split('\n').filter((l) => l.startsWith('| `') && ROLES.some((r) => l.startsWith(`| \`${r}\``)));
  const header = md.split('\n').find((l) => l.startsWith('| Role | Belongs to |'))!;
  const cols = header
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim().replace(/`/g, ''));
  assert.deepEqual(cols.slice(2, -1), [...ACTIONS], 'one column per action, in order');
  assert.equal(lines.length, ROLES.length, 'one row per role');
  for (const line of lines) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const role = cells[0]!.replace(/`/g, '') as (typeof ROLES)[number];
    const def = ROLE_DEFINITIONS[role];
    assert.equal(cells[1], def.unitKinds.join(', '), `${role}: unit kinds`);
    ACTIONS.forEach((a, i) => assert.equal(cells[2 + i] === '✓', def.actions.includes(a), `${role} × ${a}`));
  }
});
