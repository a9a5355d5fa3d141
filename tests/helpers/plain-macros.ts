/** Plain (unsectioned) macros that make no assure or align move: what the `missing-*` insert fixes work on. */

/** English, anger `before`: greeting, a redirect, sign-off. */
export const PLAIN_EN = `---
id: courier-said-delivered
anger: before
locale: en
---
Hi {{ticket.requester.first_name}},

Please check with your neighbours first.

Thanks,
Sam
`;

/** Spanish (usted), anger `before`: greeting, a redirect, sign-off. */
export const PLAIN_ES_USTED = `---
id: mensajero
anger: before
locale: es
---
Estimado {{ticket.requester.first_name}}:

Le rogamos que consulte con sus vecinos.

Atentamente,
Marta
`;

/** A Spanish (tú) YAML library item with acknowledge and align sections and no assure section. */
export const LIB_ES_NO_ASSURE = `macros:
  - id: cupon
    locale: es
    anger: before
    reconocer: 'Veo que el cupón no funcionó al pagar.'
    alinear: Tienes toda la razón, debería haber funcionado.
`;
