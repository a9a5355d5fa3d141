import { phraseRule } from './phrase-rule';

/** `deflecting/blame-shifting`: phrases of the lexicon category "blame-shifting", with their rewrites. */
export const blameShifting = phraseRule({
  category: 'blame-shifting',
  description: {
    en: "Blames a courier, bank, supplier, another team or \"the system\" for the failure.",
    es: "Culpa a la mensajería, al banco, a un proveedor, a otro departamento o «al sistema» del fallo.",
  },
  rationale: {
    en: "To the customer there is one company: yours. Blaming the courier or \"a glitch\" reads as \"not our problem\" and starts a stand-off. Own the failure (\"we lost your parcel\"), then say how you will fix it.",
    es: "Para el cliente solo hay una empresa: la tuya. Culpar a la mensajería o «al sistema» suena a «no es problema nuestro» y abre un enfrentamiento. Asume el fallo («hemos perdido su paquete») y di cómo lo vas a arreglar.",
  },
  example: {
    en: { bad: "The courier lost your parcel.", good: "We lost your parcel, and I have sent a new one today." },
    es: { bad: "Es culpa de la empresa de mensajería.", good: "Hemos perdido su paquete y hoy mismo le enviamos otro." },
  },
  message: {
    en: "\"{phrase}\" shifts the blame onto someone else: own the failure.",
    es: "«{phrase}» echa la culpa a otro: asume el fallo.",
  },
});
