import type { AngerLexicon } from '../anger-types';

const DIA = '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)';
const HORA = '(?:(?:la|las) \\d{1,2}(?::\\d{2})?(?: ?(?:h|hs|horas|am|pm))?|(?:el )?mediodia|\\d{1,2}:\\d{2})';
const CANT = '(?:\\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|24|48|72|unas? pocas?|unos? pocos?)';
const ACTO = '(?:(?:le|te|les) )?(?:dimos seguimiento|hicimos (?:el )?seguimiento|llamamos|escribimos|contestamos|respondimos|devolvimos la llamada|avisamos|informamos|resolvimos|cumplimos|entregamos|enviamos)';

/** Spanish anger-type phrases (regular-expression sources over normalised text, tú and usted). */
export const angerEs: AngerLexicon = {
  repeatYourself: [
    // "como le dije que haría" reports a kept promise, not impatience.
    '(?:como|tal (?:y )?como) ya (?:se )?(?:le|te|les) (?:dije|he dicho|habia dicho|comente|he comentado|explique|he explicado|indique|he indicado|mencione|he mencionado|informe|he informado|dijimos|comentamos|explicamos|indicamos|informamos|dijo|indico|informo|explico)(?! que)',
    '(?:como|tal (?:y )?como) (?:se )?(?:le|te|les) (?:dije|comente|explique|indique|mencione|informe|dijo|indico|informo|explico)(?: (?:antes|anteriormente|previamente|en (?:mi|el|nuestro) (?:ultimo|anterior) (?:correo|mensaje|email)))?(?! que)(?! a )',
    'como (?:ya )?(?:he|hemos) (?:dicho|comentado|explicado|indicado|mencionado)(?: (?:antes|anteriormente|previamente))?',
    'segun (?:le|te) (?:indique|comente|dije) (?:en mi (?:ultimo|anterior) (?:correo|mensaje))',
    'como ya (?:se )?(?:le|te|les) (?:ha|habia) (?:dicho|indicado|informado|explicado)',
  ],
  ownFailure: [
    `no ${ACTO}`,
    `(?:nunca|jamas) ${ACTO}`,
    'no (?:cumplimos|hemos cumplido|hicimos|hemos hecho) (?:con )?(?:lo que (?:le|te|les) (?:dijimos|prometimos|habiamos dicho)|(?:nuestra|la) (?:promesa|palabra)|lo (?:prometido|acordado))',
    '(?:le|te|les) (?:fallamos|hemos fallado|hemos decepcionado|decepcionamos|dejamos (?:esperando|sin respuesta))',
    // "Siento que te hayamos fallado", "lamentamos haberle defraudado".
    '(?:le|te|les|os) (?:hayamos|hubieramos|hubiesemos|habiamos) (?:fallado|decepcionado|defraudado)',
    '(?:os) (?:fallamos|hemos fallado|hemos decepcionado|decepcionamos|defraudamos|hemos defraudado)',
    '(?:le|te|les) (?:defraudamos|hemos defraudado)',
    'haber(?:le|te|les|os) (?:fallado|decepcionado|defraudado)',
    '(?:fue|es|ha sido) (?:un )?(?:error|fallo|culpa) (?:nuestro|nuestra|mio|mia)',
    '(?:fue|es|ha sido) (?:nuestro|mi) (?:error|fallo)',
    '(?:es|fue) culpa (?:nuestra|mia)',
    '(?:debimos|deberiamos haber|tendriamos que haber|debi|deberia haber) (?:(?:le|te|les) )?(?:dado seguimiento|hecho (?:el )?seguimiento|llamado|escrito|contestado|respondido|avisado|cumplido)',
    '(?:lo|la) (?:hicimos|hemos hecho) mal',
    'no (?:volvimos|hemos vuelto) a (?:contactar|escribir|llamar)(?:(?:le|te))?',
    'no (?:(?:le|te) )?(?:volvimos|hemos vuelto) a (?:contactar|escribir|llamar)',
  ],
  followUpTime: [
    `(?:el|este|el proximo|antes del|para el) ${DIA}`,
    `(?:antes de|a|hacia) ${HORA}`,
    '(?:manana|hoy mismo|hoy antes|esta tarde|esta manana|esta noche|pasado manana|a lo largo del dia de hoy)',
    `(?:en|dentro de|en un plazo (?:maximo )?de|en menos de|en las proximas|en los proximos|antes de) ${CANT} (?:horas?|dias?(?: habiles| laborables)?|minutos?)`,
    '(?:antes del|antes de (?:que )?(?:termine|acabe)|a (?:mas|lo mas) tardar)[^.!?]{1,30}',
    '(?:antes del|para el) (?:fin|final) de (?:la semana|semana|mes|el dia|la jornada)',
    '(?:antes de|para) (?:el )?\\uE000',
  ],
  genericAcknowledge: [
    '(?:entiendo|comprendo|entendemos|comprendemos)(?: perfectamente| totalmente| completamente)? (?:tu|su|vuestra) (?:frustracion|molestia|enfado|malestar|preocupacion|disgusto|situacion)',
    '(?:entiendo|comprendo|entendemos|comprendemos)(?: perfectamente| totalmente| completamente)? (?:como|lo que) (?:te|se) (?:sientes?|siente)',
    '(?:entiendo|comprendo|entendemos|comprendemos)(?: perfectamente| totalmente| completamente)? que (?:estes|este|esten) (?:molest[oa]s?|frustrad[oa]s?|enfadad[oa]s?|disgustad[oa]s?)',
    '(?:lamento|lamentamos|sentimos|siento) (?:tu|su) (?:frustracion|molestia|malestar|experiencia)',
    'gracias por (?:tu|su) (?:paciencia|comentario|mensaje)',
  ],
  specificProblem: [
    '(?:tu|su|el|la|este|esta) (?:pedido|paquete|envio|entrega|reembolso|pago|cargo|cobro|cuenta|suscripcion|reserva|factura|articulo|producto|dispositivo|tarjeta|contrasena|vuelo|cita|devolucion|cambio|seguimiento|plan|renovacion|compra|transferencia|instalacion|tecnico|reparacion|reclamacion|garantia|aplicacion|app)',
    '(?:no (?:ha|han|haya|hayan|te ha|le ha|te han|le han)|nunca (?:ha|han)|todavia no (?:ha|han)|aun no (?:ha|han)) (?:llegado|funcionado|recibido|sido (?:entregad[oa]|reembolsad[oa]|procesad[oa]|resuelt[oa]|enviad[oa]))',
    '(?:no (?:funciona|llega|carga|conecta|responde)|no (?:puedes|puede) (?:entrar|acceder|iniciar sesion))',
    '(?:llego|ha llegado|lo recibiste|lo recibio) (?:roto|rota|danad[oa]|tarde|abiert[oa]|incomplet[oa]|mojad[oa])',
    '(?:cobrado|cobramos|cargamos|cargado) (?:dos veces|doble|de mas|de nuevo)',
    '(?:retrasad[oa]s?|danad[oa]s?|rot[oa]s?|perdid[oa]s?|cancelad[oa]s?|bloquead[oa]s?|rechazad[oa]s?|equivocad[oa]s?|defectuos[oa]s?|caducad[oa]s?|retraso|error en|cobro duplicado)',
    `(?:llevas|lleva|llevan|esperando|has esperado|ha esperado|tuviste que esperar|tuvo que esperar) (?:mas de |casi )?${CANT} (?:horas?|dias?|semanas?|meses?)`,
  ],
};
