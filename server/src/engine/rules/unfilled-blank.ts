import type { Rule } from '../rule';

/** Reports blanks a template left for the author to fill (`[Describe…]`, `[Día]`, `<ADD DATE>`, `XX/XX`, `___`). */
export const unfilledBlank: Rule = {
  meta: {
    id: 'unfilled-blank',
    family: 'structure',
    description: {
      en: 'An instruction blank ("[Describe the next step]", "[Day]", "XX/XX", "___") is still in the reply.',
      es: 'Queda en la respuesta un hueco con instrucciones («[Describe el siguiente paso]», «[Día]», «XX/XX», «___»).',
    },
    rationale: {
      en: 'A blank is a note to the author, not a placeholder the helpdesk fills: sent as it is, the customer reads "I\'ll update you by [Day]". A bracketed token is a blank when a word inside it tells the author what to write (describe, insert, add, enter, explain…) or asks for a date or a time (date, day, time); "[Name]", "{customer_name}", "<ORDER NUMBER>" and helpdesk placeholders name a value and are not blanks. A sentence holding a blank makes no move until it is filled.',
      es: 'Un hueco es una nota para quien escribe, no un marcador que rellena el helpdesk: si se envía tal cual, el cliente lee «le escribiré antes del [Día]». Un texto entre corchetes es un hueco cuando una palabra suya dice qué escribir (describe, inserta, añade, indica, explica…) o pide una fecha o una hora (fecha, día, hora); «[Nombre]», «{customer_name}», «<ORDER NUMBER>» y los marcadores del helpdesk nombran un valor y no son huecos. Una frase con un hueco no cuenta como paso hasta que se rellena.',
    },
    example: {
      en: { bad: "I'll [Describe the next step] and update you by [Day].", good: "I'll ask the courier to trace your parcel and update you by Friday." },
      es: { bad: 'Me encargaré de [Describe el siguiente paso] y le escribiré antes del [Día].', good: 'Pediré al transportista que localice su paquete y le escribiré antes del viernes.' },
    },
    defaultSeverity: 'error',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { blank: '{blank} is a blank for the author to fill in: the customer would read it as it is.' },
      es: { blank: '{blank} es un hueco que hay que rellenar: el cliente lo leería tal cual.' },
    },
  },
  check(_macro, ctx) {
    for (const b of ctx.analysis.blanks) {
      ctx.report({ range: ctx.reply.fileRange(b.start, b.end), messageId: 'blank', data: { blank: ctx.reply.text.slice(b.start, b.end) } });
    }
  },
};
