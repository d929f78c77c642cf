import { z } from 'astro/zod';
import { explainerProp, idOf, WHAT, type PropContext } from './props.ts';

/** Props of `<Actor>`: a name that links to Who's who. */
export const actorSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      id: idOf(ctx.actors, WHAT.actor).describe('An id from content/actors.yaml. The text between the tags is shown; without text, the name.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'Names a person, state, group or organisation and links to them in <WhoIsWho />. Without text between the tags it shows the name.',
      example: '<Actor id="ana-ruiz">the director</Actor>',
    });

export type Props = z.input<ReturnType<typeof actorSchema>>;
