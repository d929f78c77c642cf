import { describe, expect, it } from 'vitest';
import { validate, fieldsAt } from './messages.ts';
import { readContentDir } from './folder-fs.ts';
import { ROOT } from '../../tests/helpers/content-fixture.ts';
import { eventSchema } from '../schemas/event.ts';
import { incidentSchema } from '../schemas/figure.ts';
import { actorSchema } from '../schemas/actor.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { sourceMetaSchema } from '../schemas/source.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { componentSchemas } from '../schemas/components/index.ts';
import { propIssues } from '../schemas/components/props.ts';

/** The wording zod uses by default: none of it may reach an editor. */
const ZOD_DEFAULT = /Invalid input|Too small|Too big|Invalid option|Unrecognized key|Invalid (string|format|type|element|key)|expected (string|number|int|array|object|boolean|date|nonoptional)|received (undefined|string|number|object|array|boolean)/;

const seed = readContentDir(ROOT).entries;
const strip = ({ loc: _loc, explainer: _explainer, ...rest }: Record<string, unknown>) => rest;
const valid = {
  event: { schema: eventSchema, entry: strip(seed.events[0]) },
  incident: { schema: incidentSchema, entry: strip(seed.incidents[0]) },
  actor: { schema: actorSchema, entry: strip(seed.actors[0]) },
  term: { schema: glossaryTermSchema, entry: strip(seed.glossary[0]) },
  source: { schema: sourceMetaSchema, entry: (({ paragraphs: _p, ...rest }) => rest)(seed.sources[0].data) },
  explainer: { schema: explainerSchema, entry: seed.explainers[0].data },
};
/** Every kind of wrong value an editor can write in YAML or MDX. */
const WRONG: unknown[] = [undefined, null, '', '   ', 42, -1, 1.5, true, [], [42], ['x'], {}, { x: 1 }, 'x'.repeat(400), 'not-a-date'];

describe('content messages', () => {
  for (const [kind, { schema, entry }] of Object.entries(valid)) {
    it(`for every field of ${kind === 'incident' ? 'an' : 'a'} ${kind}, every wrong value is said in editors' words, never zod's`, () => {
      const fields = fieldsAt(schema, [])!;
      expect(fields.length).toBeGreaterThan(2);
      const loc = { file: 'f.yaml', line: 1, fields: {} };
      let checked = 0;
      for (const field of [...fields, 'no-such-field']) {
        for (const value of WRONG) {
          for (const p of validate(schema, { ...entry, [field]: value }, { loc, kind, entry: 'x' }).problems) {
            checked++;
            expect(p.message, `${kind}.${field} = ${JSON.stringify(value)}`).not.toMatch(ZOD_DEFAULT);
          }
        }
      }
      expect(checked).toBeGreaterThan(fields.length * 5);
    });
  }

  it('every wrong prop value of every component is said in editors’ words, never zod’s', () => {
    let checked = 0;
    for (const [name, schemaOf] of Object.entries(componentSchemas)) {
      const schema = schemaOf({ actors: ['a'], terms: ['t'], events: ['e'], lanes: ['l'], incidents: ['i'], articles: ['s'], paragraphs: new Map([['s', 3]]) });
      for (const prop of [...fieldsAt(schema, [])!, 'colour']) {
        for (const value of WRONG) {
          for (const issue of propIssues(name, schema, { [prop]: value }).issues) {
            checked++;
            expect(issue.message, `<${name} ${prop}={${JSON.stringify(value)}}>`).not.toMatch(ZOD_DEFAULT);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
