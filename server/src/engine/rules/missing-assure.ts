import type { Rule } from '../rule';
import { checkMissingMove } from '../analysis';

/** Reports a reply with no commitment by us to a next step and no report of one taken. */
export const missingAssure: Rule = {
  meta: {
    id: 'missing-assure',
    family: 'moves',
    description: {
      en: 'The reply commits to no next step by us and reports none taken.',
      es: 'La respuesta no se compromete a ningún siguiente paso nuestro ni informa de uno ya dado.',
    },
    rationale: {
      en: 'The third move assures the customer that we will solve it, even if not in this first email: a concrete action we take or have taken. Instructions for the customer to act alone, or "let me know if you need anything", leave them on their own.',
      es: 'El tercer paso asegura al cliente que lo vamos a resolver, aunque no sea en este primer correo: una acción concreta que hacemos o ya hemos hecho. Las instrucciones para que el cliente actúe solo, o «si necesitas algo, avísanos», lo dejan solo.',
    },
    example: {
      en: { bad: 'You can track your parcel on the courier website. Let me know if you need anything.', good: "I've asked the courier to trace your parcel, and I'll update you by Friday." },
      es: { bad: 'Puedes seguir tu paquete en la web del transportista. Si necesitas algo, avísanos.', good: 'He pedido al transportista que localice tu paquete y te escribiré antes del viernes.' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: { missing: "This reply never commits to a next step: say what you will do (or have done), and when." },
      es: { missing: 'Esta respuesta no se compromete a ningún siguiente paso: di qué vas a hacer (o ya has hecho) y cuándo.' },
    },
  },
  check(macro, ctx) {
    checkMissingMove('assure', macro, ctx);
  },
};
