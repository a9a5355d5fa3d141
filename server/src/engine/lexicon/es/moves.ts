/**
 * Spanish tables for the three moves, apologies, vague promises and generic acknowledgements, in tú
 * and usted forms. Patterns are regular-expression source over normalised text (lower case, no
 * accents: "también" is written "tambien" and "añadir" "anadir"), placeholders as U+E000.
 */
import type { MovesLexicon } from '../moves-types';

/** Feelings a problem causes. */
const FEEL =
  '(?:frustrante|molest[oa]|estresante|desesperante|decepcionante|preocupante|agotador[a]?|incomod[oa]|fastidios[oa]|confus[oa]|angustiante|indignante|exasperante|irritante|un fastidio|un rollo|un lio|una pesadilla|un problema|un disgusto|un engorro|una faena|un incordio|una molestia|una lata|un dolor de cabeza|muy mala experiencia|horrible|terrible|injusto|dificil|duro|pesad[oa]|lamentable|inaceptable|un mal trago|un susto|una decepcion|un agobio|agobiante)';
const ADV = '(?:(?:muy|realmente|tan|bastante|super|sumamente|especialmente|increiblemente|totalmente|de lo mas|algo) )*';
/** Things that go wrong. */
const THING = '(?:pedido|paquete|envio|entrega|producto|articulo|reembolso|pago|cargo|cobro|tarjeta|cuenta|suscripcion|reserva|vuelo|billete|factura|transferencia|devolucion|cambio|pedidos|compra|solicitud|reclamacion|cita|servicio|conexion|linea|aplicacion|app|contrasena|acceso|equipo|dispositivo|telefono|movil|abono|recibo|importe|cupon|codigo)';
/** Past participles of actions we take. */
const DONE =
  '(?:reemitido|reimpreso|restaurado|reagendado|despachado|forzado|reinstalado|reconectado|rehecho|reembolsado|devuelto|abonado|enviado|reenviado|emitido|procesado|escalado|gestionado|tramitado|cancelado|anulado|solicitado|abierto|creado|revisado|comprobado|verificado|contactado|hablado|pedido|aplicado|anadido|incluido|corregido|arreglado|solucionado|resuelto|restablecido|reactivado|activado|desbloqueado|programado|reprogramado|cambiado|actualizado|reservado|confirmado|preparado|organizado|registrado|reportado|notificado|informado|trasladado|pasado|derivado|asignado|priorizado|acelerado|agilizado|ampliado|extendido|mejorado|compensado|cubierto|generado|localizado|encontrado|recuperado|investigado|reclamado|aprobado|autorizado|marcado|dado|ofrecido|concedido|adjuntado|puesto|hecho|tomado|ingresado|transferido|retirado|eliminado|quitado|cerrado|reabierto|iniciado|empezado|comenzado|realizado|efectuado|ordenado|encargado|asegurado|escrito|llamado|avisado|mandado|despachado|facturado|retrocedido|bloqueado|sustituido|reemplazado|repuesto|reparado|ajustado|modificado|rectificado|subsanado|validado|habilitado|rehabilitado|liberado|renovado|instalado|regularizado)';
/** Future-tense endings of verbs of action (first person singular and plural). */
const FUT = '(?:e|emos)';
const FUT_STEMS =
  '(?:reembolsar|devolver|abonar|enviar|reenviar|mandar|emitir|procesar|escalar|gestionar|tramitar|cancelar|anular|solicitar|abrir|revisar|comprobar|verificar|contactar|hablar|pedir|aplicar|anadir|corregir|arreglar|solucionar|resolver|restablecer|reactivar|activar|desbloquear|programar|reprogramar|cambiar|actualizar|reservar|confirmar|preparar|organizar|registrar|informar|avisar|escribir|llamar|investigar|reclamar|ocupar|encargar|asegurar|ayudar|ofrecer|compensar|cubrir|priorizar|acelerar|agilizar|ampliar|extender|reponer|sustituir|reemplazar|reparar|ajustar|modificar|rectificar|seguir|mantener|vigilar|supervisar|recoger|entregar|transferir|ingresar|retirar|eliminar|cerrar|reabrir|iniciar|despachar|facturar|contestar|responder|asignar|trasladar|derivar|notificar|comunicar|garantizar|mirar|estudiar|analizar|buscar|localizar|recuperar)';

/** Stems whose first-person preterite or present (with a clitic before them) reports an action of ours. */
const PRET_STEMS =
  '(?:reimprim|reemit|reagend|despach|forc|restaur|reconect|reinstal|rehic|reembols|envi|reenvi|gener|abon|agend|apliqu|aplic|bonifiqu|agregu|restaur|revis|cancel|anul|solicit|gestion|tramit|cambi|actualic|actualiz|program|reprogram|reserv|confirm|prepar|organic|registr|inform|avis|llam|contact|escal|activ|reactiv|desbloque|carg|pagu|devolv|sub|abr|escrib|correg|resolv|emit|ofrec|restablec|anad|dej|mand|regal|compens|marqu|busqu|localic|verifiqu|comprob|asign|deriv|traslad|notifiqu|comuniqu|agilic|prioric|adjunt|inclu|quit|elimin|cerr|reabr|hic|pus|di|ingres|transfer|repus|sustitu|reemplac|arregl|solucion|acredit|devolv|reintegr|extend|ampli|descont|recuper|reactiv|indiqu|valid|habilit|liber)';

export const movesEs: MovesLexicon = {
  moves: {
    acknowledge: {
      patterns: [
        // "Entiendo que llevas una semana esperando", "veo que tu pedido aún no ha llegado"
        `(?:entiendo|comprendo|veo|entendemos|comprendemos|vemos|me doy cuenta de|nos damos cuenta de|he visto|hemos visto|he leido|hemos leido|compruebo|comprobamos|observo|observamos|noto|reconozco|reconocemos|imagino|me imagino|nos imaginamos|imaginamos|puedo imaginar|podemos imaginar|puedo ver|podemos ver)(?: (?:perfectamente|completamente|totalmente|muy bien|bien|claramente|de verdad|por (?:tu|su) (?:mensaje|correo|email)))* (?:que|lo|tu|su|sus|tus|como|cuanto|cuan|por que|porque|la|el|las|los|perfectamente|que (?:esto|esta|eso|es|llev|has|ha|hayas|haya|tu|su|no|el|la|te|le|aun|todavia)|\\uE000)`,
        `(?:lamento|lamentamos|siento|sentimos|me apena|nos apena|me duele|nos duele|me sabe (?:muy )?mal|nos sabe (?:muy )?mal|me entristece|nos entristece|me preocupa|nos preocupa)(?: (?:mucho|muchisimo|profundamente|sinceramente|de verdad|de veras|de corazon|enormemente|un monton))* (?:que|escuchar|saber|leer|oir|ver|enterarme|enterarnos|lo (?:que|ocurrido|sucedido|de|del|pasado)|todo (?:esto|lo)|como)`,
        `(?:lamento|lamentamos|siento|sentimos|lo siento|lo sentimos|disculpa|disculpe|disculpas|perdon|perdona|perdone|pido disculpas|pedimos disculpas)(?: (?:mucho|muchisimo|profundamente|sinceramente|de verdad|de veras))* (?:por|de) (?:el|la|los|las|este|esta|estos|estas|tu|su|tus|sus|lo|todo|nuestro|nuestra) (?:(?:enorme|gran|largo|larga|nuevo|nueva|doble|continuo|continua|constante|inesperad[oa]|mal[oa]?) )*(?:retraso|demora|espera|error|equivocacion|confusion|problema|problemas|fallo|fallos|cobro|cobros|cargo|cargos|experiencia|situacion|frustracion|malentendido|incidencia|incidente|averia|dano|danos|rotura|perdida|extravio|olvido|cancelacion|corte|caida|interrupcion|falta|trato|ocurrido|sucedido|pasado|${THING})`,
        `lo (?:siento|sentimos|lamento|lamentamos)(?: (?:mucho|muchisimo|profundamente|sinceramente|de verdad|de veras))*,? (?:que|por (?:todo|lo que|lo ocurrido|lo sucedido|lo que ha))`,
        // "Esto debe ser muy frustrante", "qué frustrante"
        `(?:esto|eso|debe|debio|tiene que|tuvo que|ha tenido que|ha debido|habra|habra sido|debe de|debe haber|debe de haber|ha sido|es|fue|resulta|resulto|sera|seria|entiendo lo|imagino lo|se lo|lo)(?: (?:ser|de ser|haber sido|estar|sido|resultar|resultado))? ${ADV}${FEEL}`,
        `que ${ADV}${FEEL}`,
        `(?:que|menudo|menuda|vaya) (?:fastidio|rollo|lio|faena|disgusto|situacion|experiencia|susto|lata|incordio|mala suerte|bajon|pena|rabia|palo|chasco|mala pata|desastre|horror|mal trago|macana|lastima|bronca|garron|embole)`,
        `(?:llevas|lleva|lleves|lleve|llevan|llevais|has estado|ha estado|han estado|hayas estado|haya estado) (?:\\w+ ){0,3}(?:esperando|sin (?:recibir|respuesta|noticias|servicio|acceso|poder|tu|su|el|la|luz|internet|conexion|linea)|intentando|reclamando|escribiendo|llamando|pendiente|detras)`,
        `(?:has|ha|hayas|haya|habeis|han|hayan|tuviste|tuvo|tuvieras|tuviera) (?:tenido|debido) que`,
        `(?:tu|su|el|la) ${THING}(?: \\w+)? (?:aun |todavia |sigue sin |no |nunca )+(?:ha |han |haya |hayan |te |le |se |lo |la |les |nos )*(?:llegado|llegar|llega|recibido|recibir|aparecido|aparece|funciona|funcionado|funcionar|procesado|reembolsado|entregado|enviado|devuelto|salido|actualizado|resuelto|solucionado|ha llegado|esta|llego|aparecio|funciono|se proceso|se ha procesado)`,
        `(?:tu|su|el|la) ${THING}(?: \\w+)? (?:llego|ha llegado|lleg[oó] |llega|esta|estaba|vino|ha venido|se ha|aparece|salio) (?:\\w+ )?(?:roto|rota|danad[oa]|tarde|con retraso|incomplet[oa]|equivocad[oa]|abierto|abierta|mal|defectuos[oa]|estropead[oa]|duplicad[oa]|dos veces|bloquead[oa]|cancelad[oa]|perdid[oa]|extraviad[oa]|retrasad[oa]|parad[oa]|atascad[oa])`,
        `(?:te|le|les|os) (?:hemos |han |hayan |hayamos |ha |haya )?(?:cobrado|cargado|cobramos|cobraron|cobraran|cobraramos|cancelado|enviado mal|dejado|hecho esperar|bloqueado|hecho perder)`,
        `(?:despues|tras|a pesar) de (?:esperar|tanto tiempo|tantos|tantas|varios|varias|tantas veces|\\w+ (?:dias|semanas|intentos|llamadas|correos|mensajes))`,
        `(?:ya )?(?:son|van|han pasado|hace|hacen) (?:\\w+ )?(?:dias|semanas|meses|horas|una semana|un mes|demasiado tiempo) (?:desde|que|esperando|sin)`,
        `(?:entiendo|comprendo|entendemos|comprendemos)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* (?:tu|su|vuestra|la) (?:frustracion|molestia|enfado|preocupacion|malestar|indignacion|decepcion|situacion|postura|queja|inquietud|disgusto)`,
        `(?:me|nos) (?:pongo|ponemos) en (?:tu|su|vuestro) lugar`,
        `(?:nos|me) (?:cuenta|cuentas|comenta|comentas|dice|dices|explica|explicas|escribe|escribes|indica|indicas|has contado|ha contado|has dicho|ha dicho|has escrito|ha escrito|has comentado|ha comentado|habeis contado|han contado)(?: usted)? que`,
        `(?:te|le|les|os) (?:dije|dijimos|prometi|prometimos|asegure|aseguramos|indique|indicamos|comente|comentamos|dijo|dijeron|prometio|prometieron) (?:que|ayer|hace|por telefono)`,
        `no (?:te|le|les|os) (?:hable|hablamos|dije|dijimos|avise|avisamos|informe|informamos|respondi|respondimos|conteste|contestamos|llame|llamamos|escribi|escribimos|ofreci|ofrecimos|mencione|mencionamos)`,
        `(?:pagaste|compraste|pediste|reservaste|esperaste|terminaste|acabaste|recibiste|perdiste|tuviste que|te quedaste|te encontraste|contrataste|pago usted|pidio usted|reservo usted)`,
        `(?:tu|su|vuestr[oa]) \\w+(?: \\w+)? (?:estuvo|estuvieron|ha estado|han estado|llego|llegaron|ha llegado|quedo|se quedo|se cayo|se ha caido|fallo|ha fallado|dejo de funcionar|no funciona|no funcionaba|estaba) (?:\\w+ )?(?:caid[oa]s?|rot[oa]s?|parad[oa]s?|bloquead[oa]s?|sin (?:servicio|conexion|luz|acceso|internet|funcionar)|tarde|fri[oa]s?|danad[oa]s?|vaci[oa]s?|incomplet[oa]s?|abiert[oa]s?|defectuos[oa]s?|desaparecid[oa]s?|de funcionar|aplastad[oa]s?|mojad[oa]s?|derramad[oa]s?)`,
        `(?:esta|estuvo|es|fue|ha sido|resulta|resulto|era) (?:(?:muy|realmente|tan|super) )?(?:durisimo|malisimo|pesimo|fatal|horrible|terrible|frustrante|desesperante|indignante|lamentable|un fastidio|una faena|un rollo|un desastre|una pesadilla)`,
        `(?:es|fue|ha sido|era) (?:un|una) \\w+ (?:pesim[oa]|horrible|terrible|fatal|malisim[oa]|lamentable|desastros[oa]|frustrante|decepcionante|desagradable|triste|nefast[oa]|muy mal[oa])`,
        `\\w+ (?:fastidia|frustra|desespera|indigna|agobia|enfada|duele)(?=[,.;!]| y )`,
        `(?:lamento|lamentamos|siento|sentimos|lo siento|lo sentimos|disculpa|disculpe|disculpas|perdon|perdones|perdona|perdone|pido disculpas|pedimos disculpas)(?: \\w+){0,4}? (?:por|de) (?:el|la|los|las|este|esta|estos|estas|tu|su|tus|sus|nuestro|nuestra|nuestros|nuestras|haber|no|lo que|que) \\w+`,
        `(?:lamento|lamentamos|sentimos|siento) (?:mucho |muchisimo |profundamente |sinceramente )?(?:el|la|los|las|tu|su|tus|sus|este|esta) \\w+`,
        `(?:se|sabemos) (?:perfectamente |bien )?(?:que|lo) (?:esto|es|llev|has|ha|hayas|haya|tu|su|no|te|le|importante|mucho|frustrante|molesto)`,
        `(?:se|sabemos|entiendo|entendemos) (?:perfectamente |bien )?que (?:\\w+ ){1,5}(?:depende|dependen|dependes|importa|importan|significa|necesitas|necesita|cuenta|cuentan|contabas|contaba)`,
        `que (?:tu|su|vuestr[oa]) \\w+(?: \\w+)? (?:llegara|llegase|fallara|fallase|se retrasara|no llegara|no funcionara|se perdiera|se rompiera|se cancelara|se cobrara|tardara)`,
        `porque (?:fallo|fallaron|se cayo|se rompio|olvidamos|nos olvidamos|nos equivocamos|no (?:te|le) \\w+(?:amos|imos|e|i)) `,
        `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos) (?:perfectamente |bien )?(?:lo (?:mucho|importante) que|cuanto) (?:\\w+ ){0,3}(?:depende|dependes|importa|significa|necesitas|necesita)`,
        `(?:te|le|les|os) (?:dejo|dejamos|dejaron|dejo) (?:sin|tirad[oa]|colgad[oa]|esperando)`,
        // Retelling the problem with no cue ("Tu fotolibro llegó con las páginas al revés", "Ya vi que el técnico no llegó").
        `(?:ya )?(?:vi|vimos|lei|leimos|note|notamos) que`,
        `(?:tu|su|tus|sus|vuestr[oa]s?|el|la|los|las|que) (?:\\w+ ){0,6}?(?:llego|llegaron|ha llegado|han llegado|vino|vinieron|salio|salieron|salia|salian|volvio|volvieron|os llego|te llego|le llego|nos llego) (?:\\w+ ){0,3}?(?:con|sin|rot[oa]s?|danad[oa]s?|tarde|dos|tres|cuatro|un|una|\\d+|al reves|equivocad[oa]s?|incorrect[oa]s?|distint[oa]s?|diferente|incomplet[oa]s?|abiert[oa]s?|vaci[oa]s?|mal|despues|fri[oa]s?|aplastad[oa]s?|la de|el de|los de|las de)`,
        `(?:tu|su|tus|sus|vuestr[oa]s?) (?:\\w+ ){0,3}?(?:reboto|rebotaron|fallo|fallaron|se cayo|se cayeron|dejo de|dejaron de|se rompio|se rompieron|se corto|se cortaron|se bloqueo|perdio|perdieron|no pudo|no pudieron|tuvo que|tuvieron que|seguia|seguian|sigue|siguen)`,
        `(?:se (?:te|le|os|les) )(?:corta|cortaba|cae|caia|bloquea|bloqueaba|rompio|rompe|perdio|vencio|cancelo|borro)`,
        `(?:os|te|le|les) (?:pierde|perdia|gotea|goteaba|falla|fallaba|llego|llegaron)`,
        `(?:llevas|lleva|llevais|llevan|lleves|lleve) (?:\\w+ ){0,3}?(?:\\w+(?:ando|iendo)|sin \\w+)`,
        `aunque (?:ya )?(?:(?:lo|la|los|las|le|te|nos) )?(?:cambiaste|pagaste|cancelaste|avisaste|pediste|estuviste|estabas|tenias|tenia|tenian|habias|habia|hiciste|enviaste|devolviste|actualizaste|reservaste|confirmaste|llamaste|cambio|pago|cancelo|aviso|pidio|estuvo|estaba|hizo|envio|reservo|confirmo|llamo|habiais|estuvisteis|pagasteis|cambiasteis)`,
        `(?:pedisteis|comprasteis|reservasteis|pagasteis|esperasteis|recibisteis|tuvisteis que|os quedasteis)`,
        `no (?:supiste|supo|supisteis|supieron|tuviste|tuvo|tuvisteis|recibiste|recibio) (?:nada|noticias|respuesta|ninguna)`,
        `(?:un|una|dos|tres|cuatro|cinco|\\d+) (?:dias?|semanas?|mes|meses|horas?|minutos?) (?:tarde|de retraso)`,
        `(?:es|fue|era|ha sido|resulta) demasiado(?: tiempo| larg[oa]| lent[oa])?(?=[,.;!]| y )`,
        `(?:perdon|perdona|perdone|disculpa|disculpe|disculpas|lo siento|lo sentimos|lamento|lamentamos) porque \\w+`,
        `(?:(?:tu|su|vuestr[oa]s?) \\w+ )?(?:tenia|tenian) que (?:llegar|estar|salir)`,
        // "que la milanesa te haya llegado fría": the problem in the subjunctive, with the customer as dative.
        `que (?:tu|su|vuestr[oa]s?|el|la|los|las) (?:\\w+ ){1,4}?(?:te|le|os|les) (?:haya|hayan|hubiera|hubieran) (?:llegado|fallado|salido|cobrado|cancelado|llevado|costado|tocado)`,
        // "su paquete fue reportado como extraviado", "tu envío se ha perdido"
        `(?:tu|su|vuestr[oa]|el|la) ${THING}(?: \\w+)? (?:fue|ha sido|quedo|esta|aparece|figura|consta|se ha|se)(?: (?:reportad|marcad|registrad|dad|declarad)[oa] (?:como|por))? (?:extraviad[oa]|perdid[oa]|robad[oa]|danad[oa]|extravio|perdio|rompio|retenid[oa])`,
        // "Sabemos que ayer estuvisteis dos horas sin poder facturar"
        `(?:se|sabemos|entiendo|entendemos|comprendo|comprendemos|veo|vemos) (?:perfectamente |bien )?que (?:\\w+ ){0,2}?(?:estuviste|estuvisteis|estuvo|estuvieron|te quedaste|os quedasteis|se quedo|se quedaron|perdiste|perdisteis|tuviste que|tuvisteis que|no pudiste|no pudisteis|no pudo|no pudieron)`,
        // "ayer no te lo expliqué bien"
        `no (?:te|le|les|os) (?:lo |la |los |las )?(?:explique|explicamos|aclare|aclaramos|dije|dijimos|conteste|contestamos|respondi|respondimos|avise|avisamos|informe|informamos)(?: (?:bien|claro|a tiempo|correctamente|con claridad))?`,
        // "te repetí lo mismo en vez de contestar tu pregunta"
        `(?:te|le|les|os) (?:repeti|repetimos|di|dimos|mande|mandamos|envie|enviamos|cobre|cobramos|conteste|contestamos|respondi|respondimos) (?:\\w+ ){0,4}?en (?:vez|lugar) de`,
      ],
      guards: [
        `(?:disculpe|disculpa|disculpen|perdone|perdona|perdonen|disculpad|lamentamos|lamento|sentimos|siento|pedimos disculpas por|pido disculpas por|rogamos disculpe|le rogamos disculpe|te rogamos disculpes)(?: (?:las|los|cualquier|todas las|todos los))? (?:molestias|inconvenientes|molestia|inconveniente|perjuicios|trastornos)(?: (?:que|ocasionad[oa]s|causad[oa]s))?`,
        `(?:siento|sentimos|lamento|lamentamos) (?:mucho )?(?:si|que) (?:te|le|os|les) (?:haya|hayan|ha|han)? ?(?:parecido|sentado mal|molestado|ofendido|sentido)`,
        `(?:siento|sentimos|lamento|lamentamos) (?:mucho )?que (?:te sientas|se sienta|pienses|piense|creas|crea|lo veas|lo vea|consideres|considere)`,
        `no (?:entiendo|comprendo|veo|se|sabemos|entendemos|comprendemos|vemos|he visto|hemos visto|puedo ver|podemos ver|imagino)`,
        `(?:entiendo|comprendo|entendemos|comprendemos) que (?:quieres|quiere|quieras|quiera|quereis|desea|deseas|necesitas|necesita|solicitas|solicita|prefieres|prefiere|nos pides|nos pide|preguntas|pregunta)`,
        `(?:veo|vemos|compruebo|comprobamos|observo|observamos) que (?:no (?:has|ha|nos has|nos ha|hayas|haya|indicaste|indico|enviaste|envio|adjuntaste|adjunto|incluiste|incluyo)|(?:olvidaste|olvido|te olvidaste|se olvido|pusiste|puso|indicaste|indico|introdujiste|introdujo|seleccionaste|selecciono|elegiste|eligio))`,
        `(?:se|sabemos) que no (?:es|fue) (?:nuestra|mi) culpa`,
        `no es (?:para tanto|tan grave|nada grave|tan dificil)`,
        `espero que`,
        `como (?:ya )?(?:te|le|les|os) (?:dije|dijimos|comente|comentamos|indique|indicamos|explique|explicamos|informe|informamos)`,
        `(?:siento|sentimos|lamento|lamentamos) (?:mucho )?que no (?:estes|este|esteis|esten) (?:content[oa]s?|satisfech[oa]s?|conforme)`,
        `(?:solo|apenas|solamente) (?:un |una |unos |unas )?(?:\\w+ ){0,3}(?:tarde|de retraso|retrasad[oa]s?)`,
        `(?:agradecemos|agradezco|gracias por) (?:tu|su|vuestra) (?:comprension|paciencia|colaboracion|confianza|mensaje|correo|tiempo|interes)`,
        `(?:se lo|te lo|le lo) (?:repito|vuelvo a (?:decir|repetir)|he dicho)`,
        `(?:me|te|se|nos) (?:siento|sientes|siente|sentimos) `,
        `se (?:que|lo) (?:que )?(?:quieres|quiere|deseas|desea|necesitas|necesita)`,
        `lo que (?:se|sabemos) (?:es|ahora)`,
        // A hypothetical: "si su paquete queda retenido en aduanas…"
        `(?:si|en caso de que|cuando|por si) (?:tu|su|vuestr[oa]|el|la) ${THING}(?: \\w+)? (?:fue|ha sido|es|esta|queda|quedara|se|resulta|llega)`,
      ],
      sentenceGuards: [
        `(?:porque (?:usted|tu|vos|vosotros) (?:no |ya )?\\w+|debido a|se debe a|se deben a|causad[oa] por|a causa de|ajen[oa]s? a (?:nosotros|nuestra voluntad|nuestro control)|fuera de nuestro (?:control|alcance)|no (?:es|fue) (?:nuestra|mi) culpa)`,
      ],
    },
    align: {
      patterns: [
        `(?:tienes|tenes|tiene|tienen|teneis|tenias|tenia|tenian|teniais|llevas|lleva|llevais|llevan)(?: (?:toda|todita|mucha|muchisima|completamente|totalmente|absolutamente|mas))* (?:la )?razon`,
        `con (?:toda |mucha |muchisima )?(?:la )?razon (?:estas|esta|estan|estais|te|se|le|os|les|que|reclamas|reclama|pides|pide)`,
        `con (?:toda|mucha|muchisima) (?:la )?razon`,
        `(?:esto|eso|esta|este|algo asi|nada de esto|esta situacion|lo que \\w+|\\w+) (?:nunca|jamas) (?:debio|deberia|tendria que|debia|tuvo que)(?: de)?(?: haber)? (?:pasar|ocurrir|suceder|cobrar|aplicar|producir|ser)\\w*`,
        `no (?:deberia|debio|deberian|debieron|tendria que|tendrian que) (?:estar|haber estado|aparecer|figurar|existir|cobrarse|aplicarse|haberse \\w+|haber \\w+ado)`,
        `no tiene (?:ninguna |ni )?(?:justificacion|excusa|perdon|nombre)`,
        `(?:es|fue|resulta|resulto|me parece|nos parece) (?:totalmente |completamente |simplemente )?(?:injustificable|inaceptable|inadmisible|intolerable|imperdonable|inexcusable)`,
        `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos) (?:perfectamente |totalmente |muy bien )?(?:por que|porque|que) (?:estes|este|esten|estas|esta|te sientas|se sienta) (?:tan |muy )?(?:molest|enfadad|enojad|frustrad|harto|harta|cansad|decepcionad|preocupad|indignad|disgustad)`,
        `(?:es|fue) (?:culpa|responsabilidad) (?:nuestra|mia|de nuestr[oa] \\w+)`,
        `la culpa (?:es|fue) (?:nuestra|mia|de nuestr[oa] \\w+)`,
        `(?:esto|eso|lo que (?:ha pasado|paso|ocurrio|ha ocurrido|sucedio|te ha pasado|le ha pasado|te paso|le paso)|esta situacion|nada de esto|algo asi)(?: (?:nunca|jamas|simplemente|realmente|desde luego))? no (?:deberia|debio|tendria que|tenia que|debia|debe|tiene que|tendria por que|deberia de|debio de)(?: (?:haber|de|nunca|jamas))* (?:pasar|pasado|ocurrir|ocurrido|suceder|sucedido|ser (?:asi|tan)|sido (?:asi|tan)|producirse|producido)`,
        `no (?:deberias|deberia|deberiais|deberian|tendrias|tendria|tendriais|tendrian|tenias|tenia|tendrias por que|tendria por que|debias|debia)(?: (?:haber|de|nunca|jamas|por que))* (?:tenido que|tener que|esperar|esperado|pasar|pasado|preocuparte|preocuparse|llamar|llamado|reclamar|reclamado|escribir|escrito|insistir|insistido|perseguir|perseguido|pagar|pagado|sufrir|sufrido|lidiar|enviar|enviado|mandar|mandado|reenviar|reenviado|repetir|repetido|acudir|acudido|volver a \\w+)`,
        `(?:no es|no fue|no ha sido|no era|esta no es|esta no fue|eso no es|esto no es)(?: (?:para nada|en absoluto|desde luego|realmente|simplemente))? (?:aceptable|normal|justo|admisible|razonable|correcto|de recibo|lo (?:normal|esperable|aceptable)|la (?:experiencia|atencion|calidad|imagen|forma|manera)|el (?:servicio|trato|nivel|estandar)|lo que (?:queremos|esperamos|esperas|espera|esperabas|esperaba|mereces|merece|te mereces|se merece|prometimos|pagaste|pago|buscamos|ofrecemos|deberia))`,
        `(?:es|resulta|seria|me parece|nos parece|parece)(?: (?:totalmente|completamente|perfectamente|muy|del todo|absolutamente|mas que|lo mas))* (?:comprensible|logico|normal|razonable|justo|entendible|legitim[oa]|natural|justificad[oa]|valid[oa]|licito) (?:que|tu|su|estar|sentirse|sentirte|querer|esperar|pedir|reclamar|molestarse|enfadarse|preocuparse)`,
        `(?:tu|su|vuestra) (?:frustracion|molestia|enfado|preocupacion|queja|reclamacion|indignacion|malestar|reaccion|peticion|solicitud|decepcion|inquietud)(?: (?:es|esta|son|estan))?(?: (?:totalmente|completamente|perfectamente|muy|del todo|mas que))* (?:comprensible|logic[oa]|normal|razonable|justa|justificad[oa]|entendible|legitim[oa]|natural|valid[oa]|fundad[oa])`,
        `(?:estas|esta|estan|estais)(?: (?:totalmente|completamente|en todo))* en (?:tu|su|vuestro)(?: (?:pleno|todo))? derecho`,
        `(?:tienes|tiene|tienen|teneis) (?:todo el )?derecho a (?:estar|sentirte|sentirse|quejarte|quejarse|reclamar|esperar|pedir|enfadarte|enfadarse|molestarte|molestarse)`,
        `(?:nos|me) (?:hemos |he )?(?:equivocamos|equivoque|equivocado|confundimos|confundi|confundido|colamos|cole)`,
        `(?:fue|es|ha sido|era)(?: (?:totalmente|completamente|enteramente|todo))? (?:un error|un fallo|culpa|una equivocacion|un descuido|responsabilidad) (?:nuestr[oa]|mi[oa]|de nuestra parte|por nuestra parte|de nuestro equipo|de mi parte|por mi parte)`,
        `(?:es|fue|ha sido)(?: (?:totalmente|completamente|enteramente|todo))? (?:nuestro|mi|nuestra) (?:error|culpa|fallo|equivocacion|responsabilidad|descuido)`,
        `(?:error|fallo|culpa|equivocacion|descuido|responsabilidad) (?:es |fue |ha sido )?(?:totalmente |completamente |enteramente |solo |unicamente )?(?:nuestr[oa]|mi[oa]|de nuestra parte|por nuestra parte|de nuestro equipo)`,
        `(?:te|le|os|les) (?:hemos|he|habiamos|habia) (?:fallado|decepcionado|defraudado)`,
        `(?:te|le|os|les) (?:fallamos|falle|decepcionamos|decepcione|defraudamos|defraude)`,
        `no (?:estuvimos|estuve|hemos estado|he estado) a la altura`,
        `(?:asumimos|asumo|aceptamos|acepto)(?: (?:toda|la|plena|completa|total))* (?:la )?(?:responsabilidad|culpa)`,
        `(?:(?:yo|nosotros) )?(?:tambien )?(?:estaria|estariamos|me sentiria|nos sentiriamos|me habria sentido|me hubiera sentido)(?: (?:igual|exactamente igual|igual de|tan|muy|tambien|igualmente))* (?:molest[oa]s?|frustrad[oa]s?|enfadad[oa]s?|igual|decepcionad[oa]s?|preocupad[oa]s?|indignad[oa]s?|disgustad[oa]s?|enojad[oa]s?)`,
        `cualquiera (?:estaria|se sentiria|se habria sentido|se hubiera sentido|se enfadaria|se molestaria|estaria igual)`,
        `en (?:tu|su) (?:lugar|situacion|caso),? (?:yo )?(?:tambien )?(?:estaria|me sentiria|haria|pensaria)`,
        `(?:mereces|merece|mereceis|merecen|te mereces|se merece|os mereceis|se merecen|merecias|merecia) (?:algo mejor|mucho mejor|un (?:mejor|buen)|una (?:mejor|buena|respuesta|explicacion|solucion)|que|mas|recibir)`,
        `(?:no (?:es|fue) (?:tu|su|vuestra) culpa|no (?:tienes|tiene|teneis) (?:ninguna |la )?culpa|no (?:has|ha|habeis) hecho nada mal)`,
        `(?:es|fue|ha sido)(?: (?:un|una))? (?:(?:problema|fallo|error) (?:real|grave|serio|importante)|(?:grave|serio|importante|autentico|verdadero) (?:problema|fallo|error))`,
        `(?:podriamos|podria|deberiamos|deberia|tendriamos que|tendria que|debimos|debi|tuvimos que|tuve que)(?: (?:haberlo|haber))? (?:hecho|hacerlo|haberlo hecho|gestionado|haber gestionado|avisado|haber avisado|haberte avisado|haberle avisado|informado|haber informado|revisado|haber revisado|detectado|haber detectado|respondido|haber respondido|actuado|haber actuado) (?:mejor|antes|nosotros|a tiempo|bien)`,
        `(?:debimos|debi|deberiamos haber|deberia haber|tendriamos que haber|tendria que haber|tuvimos que|tuve que) (?:avisar|avisarte|avisarle|informar|informarte|informarle|hacerlo|revisarlo|detectarlo|resolverlo|responder|contestar|llamar|escribir|actuar|comprobar|detectar|evitar)`,
        `(?:una|es una|buena|gran|muy buena|pregunta|peticion|queja|preocupacion) (?:pregunta|peticion|queja|preocupacion|observacion)? ?(?:muy )?(?:razonable|legitima|justa|valida|logica|pertinente|fundada)`,
        `(?:estoy|estamos)(?: (?:totalmente|completamente|absolutamente|muy))? de acuerdo`,
        `(?:nadie|ningun cliente) (?:deberia|tendria que|merece|quiere|deberia tener que)`,
        `(?:te|le|les|os) (?:doy|damos) (?:toda )?la razon`,
        `(?:no|nunca) (?:queremos|quisimos|queriamos) que (?:pases|pase|pasaras|pasara|vivas|viva|tengas|tenga) `,
        `(?:no|nunca) es (?:asi|como) (?:como )?(?:queremos|trabajamos|deberia)`,
        `no es para menos`,
        `no (?:debio|debieron|deberia|deberian|tendria que|tenia que|debia)(?: de)?(?: haber)? (?:ocurrir|pasar|suceder|ocurrido|pasado|sucedido)`,
        `no (?:tienes|tenes|tiene|teneis|tienen|tenias|tenia) (?:por que|que) (?:andar |estar |seguir )?(?:persiguiendo|perseguir|reclamando|reclamar|llamando|llamar|insistir|insistiendo|esperar|esperando|aguantar|aguantarlo|sufrir|lidiar|pelear|peleando)`,
        `(?:se equivoco|nos equivocamos|fallo|fallamos|fue (?:nuestro|nuestra) \\w+|(?:el|la) (?:error|fallo|culpa) (?:fue|es|ha sido) (?:de )?nuestr[oa]s? ?\\w*),? no (?:usted|tu|vos|vosotr[oa]s|de (?:tu|su|vuestr[oa]) \\w+)`,
        // "eso es cosa nuestra, no algo que hicieras mal", "Tú no hiciste nada mal", "Lo hiciste todo bien"
        `(?:es|fue|era|ha sido) cosa (?:nuestra|mia)`,
        // "No tendría que haber enviado el certificado dos veces"
        `no (?:tendrias|tendria|tendriais|tendrian|deberias|deberia|deberiais|deberian) (?:que )?haber (?:tenido que|\\w+ado|\\w+ido)`,
        `no (?:es |fue )?(?:algo|nada) que (?:hicieras|hiciera|hicierais|hicieran|hayas hecho|haya hecho|hayais hecho) mal`,
        `no (?:hiciste|hicisteis|hizo usted|has hecho|habeis hecho) nada (?:mal|malo|incorrecto)`,
        `(?:lo |todo lo )?(?:hiciste|hicisteis|has hecho|habeis hecho|usted lo hizo|lo hizo usted) (?:todo )?(?:bien|correctamente|lo correcto)`,
        // "Hace bien en preguntarlo", "hizo muy bien en llamarnos"
        `(?:haces|hace|haceis|hacen|hiciste|hizo|hicisteis|hicieron) (?:muy )?bien en \\w+r(?:lo|la|los|las|nos|me|le|les)?`,
        // "eso es un error de nuestro lado"
        `(?:un |el )?(?:error|fallo|problema|bug) (?:de|por) nuestro lado`,
        // "fue nuestro sistema el que no aplicó la congelación"
        `(?:fue|ha sido|es) (?:nuestr[oa]|mi) \\w+ (?:el|la|los|las) que`,
        // "así que sí importa"
        `(?:asi que|por eso|y|pero) (?:si|claro que) importa`,
        // "no es lo que deberías esperar de…", "no es lo que te prometimos"
        `(?:no es|no fue|no era) lo que (?:deberias|deberia|deberiais|deberian|cabria|cabe|uno deberia|cualquiera) (?:\\w+ )?esperar`,
        `(?:no es|no fue|no era) lo que (?:te|le|os|les) (?:prometimos|prometi|ofrecimos|ofreci|dijimos|vendimos|aseguramos)`,
        `(?:el|la) (?:error|fallo|culpa|equivocacion) (?:fue|es|ha sido) de nuestr[oa]s? \\w+`,
        `(?:teniais|tenias|tenia|tenian|tenes|tienes|tiene|teneis|tienen) (?:todo el |pleno )?derecho a`,
        `(?:si|eso si|esto si) (?:dependia|depende|estaba en nuestra mano|era cosa nuestra) (?:de nosotros)?`,
        `(?:estaria|estariamos|me sentiria|nos sentiriamos)(?: (?:igual de|tan|muy))? (?:furios[oa]s?|hart[oa]s?|indignad[oa]s?) en (?:tu|su|vuestro) lugar`,
        `no (?:debimos|debi|deberiamos haber|deberia haber|tendriamos que haber|tendria que haber) (?:\\w+(?:selo|selos|sela|telo|tela|lo|la|le|te|les))`,
      ],
      guards: [
        `no (?:es|fue|ha sido) (?:nuestr[oa]|mi[oa]) (?:culpa|error|responsabilidad|fallo)`,
        `no (?:es|fue) culpa (?:nuestra|mia)`,
        `(?:no )?(?:estoy|estamos) de acuerdo con (?:las|los) (?:condiciones|terminos)`,
        `no (?:estoy|estamos) de acuerdo`,
        `si (?:tienes|tiene|teneis|tienen) razon`,
        // (not after "no": "no tendría que haber enviado…" clears the customer)
        `(?<!no )(?:deberias|deberia|tendrias que|tendria que)(?: usted)? (?:haber|habernos|haberlo|haberla)? ?(?:contactado|llamado|escrito|enviado|revisado|comprobado|leido|avisado|consultado|indicado|seguido|hecho caso)`,
        `(?:tienes que|tiene que|debes|debe) (?:contactar|llamar|escribir|enviar|revisar|comprobar|leer|consultar)`,
        `es normal que (?:tarde|tarden|se retrase|se retrasen|haya retrasos|el envio|los envios|el pedido|los pedidos)`,
        `no (?:es|fue|era|ha sido) cosa (?:nuestra|mia)`,
        `no (?:es|fue|ha sido|era) (?:un |una |el |la )?(?:error|fallo|culpa|equivocacion|problema|bug) (?:nuestr[oa]|mi[oa]|de nuestr[oa] (?:parte|lado)|por nuestr[oa] (?:parte|lado))`,
      ],
    },
    assure: {
      patterns: [
        // "Me encargaré de…", "he solicitado el reembolso", "te escribiré el lunes"
        `(?:me|nos) (?:encargo|encargamos|encargare|encargaremos|ocupo|ocupamos|ocupare|ocuparemos|pongo|ponemos|pondre|pondremos|comprometo|comprometemos|aseguro|aseguramos|asegurare|aseguraremos)`,
        `(?:(?:yo|nosotros) )?(?:he|hemos|ya he|ya hemos|acabo de|acabamos de|hoy he|hoy hemos)(?: (?:ya|personalmente|hoy|ahora|tambien|directamente|manualmente))* (?:(?:te|le|les|os|lo|la|los|las|se|se lo|se la|te lo|te la|le|nos) )*(?:${DONE}|reembolsar|devolver|abonar|enviar|reenviar|emitir|procesar|escalar|gestionar|tramitar|cancelar|anular|solicitar|abrir|revisar|comprobar|corregir|arreglar|solucionar|restablecer|reactivar|desbloquear|programar|cambiar|actualizar|confirmar|hablar|contactar|pedir|aplicar|ofrecer)`,
        `(?:${FUT_STEMS})${FUT}`,
        `(?:(?:te|le|les|os|lo|la|los|las|se lo|se la|te lo|te la|selo) )*(?:har|pondr|dir)(?:e|emos)(?! lo posible| todo lo posible| lo que podamos| lo que pueda)`,
        `(?:voy|vamos|iremos|ire) a (?:(?:te|le|les|os|lo|la|los|las|se lo|se la|te lo|te la) )?(?:reembolsar|devolver|abonar|enviar|reenviar|mandar|emitir|procesar|escalar|gestionar|tramitar|cancelar|anular|solicitar|abrir|revisar|comprobar|verificar|contactar|hablar|pedir|aplicar|anadir|corregir|arreglar|solucionar|resolver|restablecer|reactivar|activar|desbloquear|programar|reprogramar|cambiar|actualizar|reservar|confirmar|preparar|organizar|registrar|informar|avisar|escribir|llamar|investigar|reclamar|ocuparme|ocuparnos|encargarme|encargarnos|asegurarme|asegurarnos|ayudar|ofrecer|compensar|cubrir|priorizar|acelerar|agilizar|ampliar|extender|reponer|sustituir|reemplazar|reparar|ajustar|modificar|rectificar|seguir|mantener|vigilar|supervisar|recoger|entregar|transferir|ingresar|hacer|poner|dar|mirar|estudiar|analizar|buscar|localizar|recuperar|responder|contestar|notificar|comunicar|garantizar|\\w+(?:rte|rle|rles|rlo|rla|rselo|rtelo|rmelo))`,
        `(?:estoy|estamos|ya estoy|ya estamos)(?: (?:ya|ahora|personalmente|ahora mismo|actualmente))* (?:revisando|investigando|comprobando|verificando|trabajando|gestionando|tramitando|analizando|siguiendo|procesando|preparando|hablando|contactando|mirando|estudiando|resolviendo|solucionando|arreglando|corrigiendo|reclamando|escalando|buscando|localizando|organizando|coordinando|encargandome|encargandonos|ocupandome|ocupandonos|en ello|en contacto con|pendientes|pendiente de|al tanto|encima)`,
        `(?:ya )?(?:se ha|se han|ha sido|han sido|esta|estan|quedo|quedaron|ha quedado|han quedado|queda|quedan|ya esta|ya estan)(?: (?:ya|correctamente|debidamente|completamente|totalmente))* (?:${DONE}|en marcha|en curso|en proceso|resuelto|resuelta|solucionado|solucionada)`,
        `(?:tu|su|el|la|un|una|vuestro|vuestra)(?: (?:nuevo|nueva|completo|completa|total|parcial))? (?:reembolso|devolucion|abono|reposicion|sustitucion|reemplazo|envio|paquete|pedido|producto|cupon|codigo|descuento|credito|compensacion|tecnico|mensajero|repartidor|solucion)(?: (?:nuevo|nueva|de reemplazo|de sustitucion|completo|completa|total|parcial|de \\w+))? (?:ya )?(?:esta (?:en camino|de camino|en marcha|en curso|en proceso|listo|lista|aprobad[oa]|emitid[oa]|procesad[oa]|enviad[oa]|solicitad[oa]|tramitad[oa]|programad[oa])|estara|llegara|saldra|se (?:vera|reflejara|hara|enviara|procesara|emitira|entregara|abonara)|va a (?:llegar|salir|reflejarse|verse|procesarse|enviarse)|sale (?:hoy|manana|esta|el)|llega (?:hoy|manana|el|en)|aparecera|te llegara|le llegara|estara disponible)`,
        `(?:recibiras|recibira|recibireis|recibiran|tendras|tendra|tendreis|tendran|veras|vera|vereis|veran)(?: (?:en|antes|el|la|un|una|tu|su|ya|hoy|manana|pronto|nuevamente|de nuevo|tambien|igualmente))* (?:un|una|el|la|tu|su|noticias|respuesta|el reembolso|la devolucion|el importe|el abono|el dinero|la confirmacion|correo|reembolso|devolucion|abono|confirmacion|en)`,
        `(?:(?:te|le|os|les) )?(?:mantengo|mantenemos|mantendre|mantendremos|tendre|tendremos) (?:al tanto|informad[oa]s?|al corriente)`,
        `(?:te|le|os|les|se lo|se la|se los|se las|ya|yo|ahora mismo|hoy mismo) (?:marco|marcamos|escribo|escribimos|llamo|llamamos|aviso|avisamos|confirmo|confirmamos|envio|enviamos|mando|mandamos|reembolsamos|reembolso|devolvemos|devuelvo|abonamos|abono|reenvio|reenviamos|cambio|cambiamos|repongo|reponemos|sustituyo|sustituimos|ofrezco|ofrecemos|regalo|regalamos|aplico|aplicamos|cubro|cubrimos|escalo|escalamos|tramito|tramitamos|gestiono|gestionamos|reviso|revisamos|compruebo|comprobamos|investigo|investigamos|resuelvo|resolvemos|soluciono|solucionamos|arreglo|arreglamos|cancelo|cancelamos|anulo|anulamos|reactivo|reactivamos|desbloqueo|desbloqueamos|activo|activamos|programo|programamos|corrijo|corregimos|actualizo|actualizamos|contacto|contactamos|hablo|hablamos|pido|pedimos|solicito|solicitamos|reclamo|reclamamos) (?:ahora mismo|hoy|manana|el lunes|el martes|el miercoles|el jueves|el viernes|antes|en cuanto|ahora|de inmediato|inmediatamente|personalmente|directamente|ya|con|al|a|el|la|los|las|un|una|tu|su|de nuevo|otra vez|nuevamente)`,
        `(?:quiero|queremos|me gustaria|nos gustaria|quisiera|quisieramos|puedo|podemos|me encantaria|nos encantaria|permiteme|permitame|dejame|dejeme)(?: (?:personalmente|tambien|ahora))? (?:(?:te|le|les|os) )?(?:reembolsar|devolver|abonar|enviar|reenviar|ofrecer|ofrecerte|ofrecerle|compensar|compensarte|compensarle|regalar|regalarte|regalarle|aplicar|cubrir|cambiar|reponer|sustituir|reemplazar|reparar|arreglar|solucionar|resolver|revisar|comprobar|investigar|escalar|gestionar|tramitar|cancelar|anular|reactivar|desbloquear|programar|corregir|actualizar|contactar|hablar|encargarme|encargarnos|ocuparme|ocuparnos|asegurarme|asegurarnos|compensar|recompensar|hacer|darte|darle|reembolsarte|reembolsarle|enviarte|enviarle|devolverte|devolverle|revisarlo|comprobarlo|solucionarlo|resolverlo|arreglarlo|gestionarlo|tramitarlo)`,
        `(?:como|en) (?:gesto|compensacion|muestra|senal)(?: de (?:buena voluntad|disculpa|agradecimiento|nuestra disculpa))?,? (?:te|le|les|os|hemos|he|vamos|queremos|quiero)`,
        `(?:el )?(?:siguiente|proximo) paso`,
        `(?:no|nunca) (?:volvera|volvera a|dejaremos que|permitiremos que) (?:a )?(?:pasar|ocurrir|suceder|vuelva)`,
        `(?:te|le|les|os) (?:lo |la |los |las )?(?:garantizo|garantizamos|prometo|prometemos|aseguro|aseguramos)`,
        `(?:me|nos) (?:pondre|pondremos|pongo|ponemos) en contacto`,
        `(?:ira|iran|saldra|saldran) (?:ya )?(?:de )?camino`,
        // Preterite and present with a clitic: "ya le generé un reemplazo", "te abonamos 600 $", "te devuelvo".
        `(?:(?:ya|yo|hoy|tambien|ademas|y) )*(?:te|le|les|os|lo|la|los|las|se lo|se la|se los|se las|te lo|te la|me lo) (?:${PRET_STEMS})(?:e|i|amos|imos|o|emos)`,
        `(?:ya|yo|hoy|hoy mismo|tambien|anoche|ayer|esta manana|esta tarde|hace un rato|ademas|y) (?:${PRET_STEMS})(?:e|i|amos|imos)`,
        // Our staff acting: "nuestro equipo ya ha desbloqueado su cuenta", "nuestro técnico irá el martes".
        `(?:nuestr[oa]s?|mi|el|la) (?:\\w+ ){0,3}?(?:equipo|tecnic[oa]s?|companer[oa]s?|responsable|departamento|almacen|supervisor[a]?|ingenier[oa]s?|mensajer[oa]|repartidor[a]?|especialista|agente)(?: (?:de|del) \\w+)* (?:ya )?(?:(?:ha|han) (?:ya )?(?:${DONE})|(?:corrigio|arreglo|soluciono|resolvio|restablecio|desbloqueo|reactivo|reparo|sustituyo|reemplazo|reenvio|devolvio|reembolso|abono|actualizo|restauro|reemitio|reimprimio|corrigieron|arreglaron|solucionaron|resolvieron|restablecieron|desbloquearon|repararon|restauraron)|(?:(?:te|le|les|os) )?(?:ira|iran|pasara|pasaran|vendra|vendran|llamara|llamaran|cambiara|cambiaran|reparara|repararan|sustituira|instalara|revisara a mano|recogera|recogeran) (?:el|la|a|hoy|manana|esta|este|mismo|personalmente|en|entre|de|antes))`,
        `ya (?:va|van|sale|salen) (?:de|en) camino`,
        `(?:he|hemos) vuelto a`,
        `(?:(?:ya|yo|hoy) )?(?:le|les|te) (?:pedi|pedimos|he pedido|hemos pedido) (?:a|al)`,
        `(?:ya )?se (?:(?:te|le|les|os|lo|la) )?(?:ha|han) (?:${DONE})`,
        `ya se (?:(?:te|le|les|os) )?(?:${PRET_STEMS})(?:o|aron|io|ieron)`,
        `(?:te|le|les|os) (?:llamara|llamaran|escribira|escribiran|enviara|enviaran|contactara|contactaran|avisara|avisaran|llegara|llegaran|reembolsara|devolvera|abonara|visitara|informara|atendera|ayudara|confirmara|entregara)`,
        `(?:(?:ya )?(?:lo|la|los|las|te|le|les) |ya )(?:esta|estan|estamos|estoy) \\w+(?:ando|iendo)`,
        `(?:estare|estaremos) (?:pendientes?|atent[oa]s?|al tanto|encima|en contacto)`,
        `(?:esperamos|espero|confiamos en|contamos con) (?:poder )?(?:solucionarlo|resolverlo|arreglarlo|tenerlo|solucionar|resolver|arreglar|restablecer|recuperar)`,
        `(?:deberia|deberian|va a|van a) (?:quedar|estar) (?:resuelt|solucionad|arreglad|list|operativ|funcionando|restablecid)`,
        `(?:esta|estan|quedo|queda|quedaron|ha quedado) (?:agendad|programad|previst|reservad|confirmad|planificad|fijad)[oa]s? (?:para|el|a las)`,
        // "ese mismo día te paso el informe", "le mando el presupuesto"
        `(?:te|le|les|os) (?:paso|pasamos|pasare|pasaremos|mando|mandamos|mandare|mandaremos) (?:el|la|los|las|un|una) (?:informe|presupuesto|factura|justificante|resultado|resultados|detalle|enlace|codigo|numero|contacto|datos|documentacion|resumen|respuesta|seguimiento)`,
        // "el miércoles voy a estar en la obra para verificarlo"
        `(?:voy|vamos) a estar (?:en (?:la|el|su|tu|vuestr[oa])|alli|ahi|presente|personalmente)`,
      ],
      guards: [
        `(?:no dudes|no dude|no dudeis|no duden) en`,
        // Negated: "la fecha no la vamos a cambiar".
        `no (?:(?:te|le|les|os|lo|la|los|las|se lo|se la|te lo|te la) )?(?:vamos|voy|van|va) a`,
        // Someone else did it: "usted lo dejó pasar".
        `usted (?:ya )?(?:lo|la|los|las|le|se lo|se la) \\w+o`,
        // Talking about the conversation, not an action: "esto ya lo hemos hablado".
        `(?:lo|esto|eso) (?:ya )?(?:lo )?(?:hemos|he) (?:hablado|comentado|explicado|tratado)(?! con)`,
        // Status, not an action of ours: "su pedido ya está en camino".
        `(?:tu|su|vuestr[oa]|el|la) (?:pedido|paquete|envio|compra|producto|articulo) (?:\\w+ )?(?:ya )?(?:esta|va|sigue|estan|van) (?:en|de) camino`,
        `(?:si|cualquier) (?:necesitas|necesita|necesitais|necesitan|tienes|tiene|quieres|quiere|deseas|desea|hay)`,
        `(?:quedo|quedamos|estoy|estamos|sigo|seguimos) (?:a (?:tu|su|vuestra) (?:entera |total )?disposicion|atent[oa]s|pendientes de (?:tu|su) respuesta)`,
        `no (?:podemos|puedo|podremos|podre|es posible|nos es posible|me es posible|vamos a poder|voy a poder|hemos podido|he podido)`,
        `(?:tendras|tendra|tendreis|tendran|deberas|debera) que`,
        `(?:puedes|puede|podeis|pueden|podras|podra) (?:contactar|llamar|escribir|enviar|consultar|revisar|comprobar|reclamar|solicitar|pedir)`,
        `(?:te|le) (?:ayudare|ayudaremos) (?:en lo que|con lo que|encantad)`,
        `(?:no )?(?:sabre|sabremos|podre|podremos) (?:decir|decirte|decirle|si)`,
        `espero (?:que|poder|tener)`,
        `ojala`,
        `(?:me|nos) (?:pondre|pondremos|pongo|ponemos) (?:muy )?(?:content|feliz|triste)`,
        `(?:te|le) (?:pido|pedimos|solicito|solicitamos|ruego|rogamos) (?:que|disculpas|perdon|paciencia|nos)`,
        `(?:pido|pedimos) (?:disculpas|perdon)`,
        `(?:envianos|enviame|envienos|envieme|mandanos|mandenos|respondenos|respondanos)`,
        `(?:te|le|les|os) (?:escribimos|escribo) (?:para|en relacion|con relacion|acerca|sobre|porque|por)`,
        // Informing, apologising or signing off, not an action: "le informamos de que…", "le ofrecemos una disculpa",
        // "te lo dejo informado".
        `(?:te|le|les|os) (?:informamos|informo|comunicamos|comunico|recordamos|recuerdo|indicamos|indico) (?:de )?que`,
        `(?:te|le|les|os) (?:ofrecemos|ofrezco|presentamos|presento) (?:una |unas |nuestras |mis |sinceras |nuestra |mi )*(?:disculpas?|perdon|excusas)`,
        `(?:te|le|les|os) (?:lo |la )?(?:dejo|dejamos) (?:informad[oa]s?|dicho|claro|comentado)`,
        // Recalling what was said, not an action: "como ya le indiqué".
        `como (?:ya )?(?:te|le|les|os) (?:lo )?(?:indique|indicamos|dije|dijimos|comente|comentamos|explique|explicamos)`,
      ],
    },
  },
  apologies: {
    patterns: [
      `(?:lo )?(?:siento|sentimos)(?: (?:mucho|muchisimo|profundamente|sinceramente|de verdad|de veras|de corazon|enormemente|un monton|tanto|muy sinceramente))*`,
      `(?:lamento|lamentamos)(?: (?:mucho|muchisimo|profundamente|sinceramente|de verdad|de veras|de corazon|enormemente))*`,
      `(?:(?:te|le|les|os) )?(?:pido|pedimos|presento|presentamos|ofrezco|ofrecemos|reitero|reiteramos|envio|enviamos|hago llegar|hacemos llegar)(?: (?:de nuevo|nuevamente|una vez mas|otra vez))? (?:(?:nuestras|mis|nuestra|mi|las|unas|sus|mil|nuestras mas|mis mas|nuestras mas sinceras|mis mas sinceras|nuestras sinceras|mis sinceras|sinceras|profundas|humildes|sentidas) )*(?:disculpas|perdon|excusas)`,
      `(?:mil |nuestras |mis |sinceras |nuestras sinceras |mis sinceras |nuestras mas sinceras |mis mas sinceras |nuestras mas profundas |un millon de )+disculpas`,
      `(?:(?:te|le|os|les|me|nos) )?(?:disculpa|disculpe|disculpen|disculpad|disculpame|disculpeme|disculpanos|disculpenos|perdona|perdone|perdonen|perdonad|perdoname|perdoneme|perdonanos|perdonenos|perdon|disculpas)`,
      `(?:(?:me|nos) )?(?:disculpo|disculpamos)`,
      `(?:(?:te|le|les|os) )?(?:ruego|rogamos)(?: (?:encarecidamente|humildemente))? (?:que )?(?:(?:me|nos) )?(?:disculpe|disculpes|disculpen|perdone|perdones|perdonen|acepte|aceptes|acepten)`,
      `(?:me|nos) (?:avergüenza|averguenza|da verguenza|sabe (?:muy )?mal|apena)`,
    ],
    guards: [
      `no (?:tienes|tiene|teneis|tienen|hay|hace falta|es necesario)(?: (?:nada|por que|de que|que))* (?:disculparte|disculparse|disculparos|pedir (?:perdon|disculpas)|sentirlo|lamentar)`,
      `(?:me|te|se|nos|os) (?:siento|sientes|siente|sentimos|sienten|sentis) `,
      `(?:siento|sentimos) (?:que|como si) (?:esto es|es|hay|podemos|podriamos|deberiamos|estamos|estoy)`,
      `perdona(?:r|rnos|rme)`,
      `disculpar(?:te|le|nos|me|os)?`,
    ],
  },
  inflated: [
    { pattern: `(?:(?<p>te|le|les|os) )?(?<v>pido|pedimos|presento|presentamos|ofrezco|ofrecemos|reitero|reiteramos) (?:nuestras|mis) (?:mas )?(?:(?:sinceras|profundas|humildes|sentidas|encarecidas|rendidas)(?:,? (?:y )?| ))+disculpas`, replacement: '$<p> $<v> disculpas' },
    { pattern: `(?:un )?(?:mil|millon de|cien mil) (?:disculpas|perdones)`, replacement: 'disculpas' },
    { pattern: `(?<v>lo siento|lo sentimos|lamento|lamentamos|siento|sentimos)(?:,? (?:muy |tan )?(?:profundamente|muchisimo(?:,? (?:y )?(?:de verdad|de veras|de (?:todo )?corazon|sinceramente|profundamente|enormemente))+|enormemente|de (?:todo )?corazon|con toda el alma|en el alma|infinitamente|sinceramente y profundamente|profunda y sinceramente)(?:,? (?:y )?(?:de (?:todo )?corazon|sinceramente|profundamente))*)+`, replacement: '$<v>' },
    { pattern: `(?:(?<p>te|le|les|os) )?(?:rogamos|ruego|suplicamos|suplico|imploramos|imploro) (?:humildemente |encarecidamente )?(?:que )?(?:nos |me )?(?:perdone|perdones|perdonen|disculpe|disculpes|disculpen)(?: (?:humildemente|de corazon))?`, replacement: '$<p> pedimos disculpas' },
    { pattern: `(?:humildemente|de rodillas),? (?:te |le |les )?(?:pedimos|pido|presentamos|presento)`, replacement: 'pedimos' },
    { pattern: `(?:no (?:hay|tenemos|tengo) palabras (?:para (?:disculparnos|disculparme|expresar (?:cuanto )?lo (?:sentimos|siento)))?|no (?:sabemos|se) como (?:disculparnos|disculparme|pedir(?:te|le|les)? (?:perdon|disculpas)))`, replacement: '' },
    { pattern: `de (?:todo )?corazon`, replacement: '' },
  ],
  vague: {
    patterns: [
      `(?:lo )?(?:antes|mas pronto|mas rapido) (?:posible|que podamos|que pueda)`,
      `cuanto antes`,
      `en (?:breve|cuanto (?:podamos|pueda|sea posible|nos sea posible)|la mayor brevedad(?: posible)?|un futuro proximo|algun momento|los proximos dias)`,
      `a la mayor brevedad(?: posible)?`,
      `(?:pronto|proximamente|mas adelante|en su (?:debido )?momento|a su debido tiempo|tan pronto como (?:sea posible|podamos|nos sea posible))`,
      `(?:lo |la |los |las |te |le )?(?:revisaremos|revisare|miraremos|mirare|estudiaremos|estudiare|investigaremos|investigare|analizaremos|analizare|consideraremos|considerare|tendremos en cuenta|tendre en cuenta|valoraremos|valorare)`,
      `(?:vamos|voy) a (?:revisarlo|mirarlo|estudiarlo|investigarlo|analizarlo|valorarlo|echarle un vistazo|ver que (?:podemos|puedo|se puede) hacer|intentar)`,
      `(?:nos pondremos|nos pondre|se pondran|se pondra|alguien se pondra|un companero se pondra|un agente se pondra|el equipo se pondra) en contacto(?: (?:contigo|con usted|con vosotros|con ustedes))?`,
      `(?:te|le|les|os) (?:responderemos|contestaremos|diremos algo|daremos (?:una )?respuesta|daremos seguimiento|dare seguimiento|escribiremos|informaremos|avisaremos|mantendremos informad[oa]s?)`,
      `(?:haremos|hare) (?:lo posible|todo lo posible|lo que (?:podamos|pueda|este en nuestra mano)|lo mejor que podamos|nuestro mejor esfuerzo)`,
      `(?:intentaremos|intentare|trataremos de|tratare de)`,
      `veremos (?:que|lo que) (?:podemos|se puede) hacer`,
      `(?:alguien|un companero|un agente|el equipo|nuestro equipo|el departamento) (?:te|le|os|les)? ?(?:contactara|respondera|escribira|llamara|dira algo)`,
      `(?:estamos|estoy) (?:en ello|mirandolo|revisandolo|investigandolo)`,
      `(?:lo|la|los|las|le|te|les) (?:revisara|revisaran|estudiara|estudiaran|mirara|miraran|investigara|investigaran|analizara|analizaran|valorara|valoraran)`,
      `(?:trasladaremos|pasaremos|haremos llegar|remitiremos|comunicaremos|derivaremos|transmitiremos) (?:\\w+ )?(?:(?:tu|su|sus|tus|vuestra|vuestros) )?(?:comentarios?|quejas?|opinion|sugerencias?|caso|consulta|incidencia|reclamacion|mensaje|peticion|solicitud)?`,
      `(?:esperamos|espero|confiamos en) (?:poder )?(?:solucionarlo|resolverlo|arreglarlo|tenerlo \\w+|solucionar|resolver|arreglar)`,
      // "Lo estamos revisando", "ya está trabajando en ello", "estamos siguiendo la situación".
      `(?:lo|la|los|las) (?:estamos|estoy|estan|esta) (?:revisando|mirando|investigando|analizando|estudiando|valorando|viendo)`,
      `(?:ya )?(?:esta|estan|estamos|estoy) trabajando en (?:ello|eso|esto|el tema|el asunto|una solucion|solucionarlo|arreglarlo|resolverlo)`,
      `(?:estamos|estoy) (?:siguiendo|vigilando|monitorizando|monitoreando) (?:la situacion|el tema|el asunto|de cerca|esto|el caso)`,
      `(?:ya )?(?:pase|pasamos|he pasado|hemos pasado|traslade|trasladamos|he trasladado|hemos trasladado|derive|derivamos|he derivado|hemos derivado|escale|escalamos|he escalado|hemos escalado|remiti|remitimos|he remitido|hemos remitido) (?:su|tu|el|vuestro|vuestra|la) (?:caso|consulta|incidencia|reclamacion|queja|solicitud|peticion|comentario|comentarios|mensaje) (?:a|al) (?:un |una |la |el |nuestro |nuestra )?(?:area|departamento|equipo|responsable|persona|supervisor)(?: (?:correspondiente|adecuad[oa]|competente|pertinente|responsable|encargad[oa]))?(?= ?[,.;:!?]| y |$)`,
      `(?:ellos|ellas|alguien|el equipo|el area|el departamento) (?:se comunicara|se comunicaran|se pondra|se pondran) (?:en contacto )?(?:con usted|contigo|con vosotros|con ustedes)`,
      `se (?:ha|han) (?:dado aviso|avisado|notificado|informado) (?:a|al) (?:un|una|el|la|nuestro|nuestra)? ?(?:tecnic[oa]|equipo|departamento|responsable|companer[oa])`,
    ],
    sentenceGuards: [
      `(?:el|este|antes del|para el|hasta el|a partir del|el proximo|este mismo|antes de que acabe el|antes del proximo) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\\d|dia \\d|fin de semana)`,
      `(?:hoy|manana|esta (?:tarde|manana|noche|misma tarde)|hoy mismo|manana mismo|manana por la|pasado manana|a primera hora)`,
      `(?:en|dentro de|durante) (?:las |los )?(?:proximas |proximos |siguientes )?(?:\\d+|un|una|dos|tres|cuatro|cinco|diez|veinticuatro|cuarenta y ocho|24|48|72|pocas|unas) (?:horas?|dias?(?: habiles| laborables)?|minutos?|semanas?)`,
      `(?:antes de (?:las|que acabe|que termine|final|fin)|a las \\d|antes del \\d|antes del final|el \\d)`,
      `\\d{1,2}(?::\\d\\d)? ?(?:h|horas)`,
      `(?:\\d+|24|48|72) (?:horas|dias habiles|dias laborables|dias)`,
      `(?:hasta pronto|nos vemos pronto|hablamos pronto|que te mejores pronto|que se mejore pronto|recuperate pronto|hasta muy pronto)`,
      `(?:en cuanto|tan pronto como) (?:llegue|lleguen|recibamos|reciba|(?:el|la|tu|su) \\w+ (?:llegue|este|aparezca))`,
      `espero (?:que|poder)`,
      `(?:demasiado|tan) pronto`,
      `mas pronto que tarde`,
      `(?:lo|tan|muy|demasiado|que) pronto que`,
      `(?:por favor|podrias|podria usted|te ruego|le ruego|te pido|le pido|te rogamos|le rogamos|envianos|envienos|deberas|debera|tendras que|tendra que|necesitamos que|puedes|responde|responda)`,
    ],
  },
  generic: {
    patterns: [
      // "Entiendo que estés molesto, pero…" (nothing specific)
      `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos|imagino)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* que (?:estes|este|esteis|esten|te sientas|se sienta|os sintais|se sientan) (?:tan |muy |algo )?(?:molest[oa]s?|enfadad[oa]s?|enojad[oa]s?|frustrad[oa]s?|disgustad[oa]s?|indignad[oa]s?|decepcionad[oa]s?|preocupad[oa]s?|hart[oa]s?|mal)(?= ?[.!,;:]|$)`,
      `(?:entiendo|comprendo|entendemos|comprendemos)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* (?:tu|su|vuestra|la) (?:frustracion|molestia|enfado|preocupacion|malestar|indignacion|decepcion|situacion|postura|queja|inquietud|disgusto|punto de vista|posicion|sentir|sentimiento)`,
      `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos|imagino|me imagino|podemos imaginar|puedo imaginar)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* (?:como|lo que) (?:te sientes|se siente|os sentis|se sienten|te sentiste|se sintio|debes sentirte|debe sentirse|debes de sentirte|debe de sentirse)`,
      `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos|imagino|me imagino)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* lo (?:frustrante|molesto|desesperante|decepcionante|preocupante|incomodo|dificil|estresante) que (?:es|debe ser|puede ser|resulta|ha sido|debe de ser|tiene que ser|ha tenido que ser|debio ser|debio de ser)(?: (?:esto|esta situacion|todo esto))?`,
      `(?:entiendo|comprendo|entendemos|comprendemos)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))*(?= ?[.!,;]|$)`,
      `(?:lo siento|lo sentimos|lamento|lamentamos|siento|sentimos)(?: (?:mucho|muchisimo))? (?:por )?(?:la|las|tu|su|cualquier|toda la) (?:frustracion|molestia|molestias|situacion|experiencia|inconveniente|inconvenientes|problema|problemas)`,
      `(?:lo siento|lo sentimos|lamento|lamentamos|siento|sentimos)(?: (?:mucho|muchisimo))? (?:escuchar|leer|oir|saber) (?:eso|esto)(?= ?[.!,;]|$)`,
      `(?:entiendo|comprendo|entendemos|comprendemos|se|sabemos)(?: (?:perfectamente|completamente|totalmente|muy bien|bien))* que (?:esto|esta situacion|todo esto|la situacion) (?:es|debe ser|puede ser|resulta|ha sido|debe de ser)(?: (?:muy|realmente|bastante|tan))? (?:frustrante|molest[oa]|desesperante|decepcionante|preocupante|incomod[oa]|dificil|estresante)`,
    ],
  },
  specificTail: [
    `,? (?:con|por|sobre|ante|respecto a|en relacion con|de que|porque|ya que|al|cuando|tras|despues de|debido a) (?:el|la|los|las|tu|su|tus|sus|este|esta|no|haber|tener|esperar|lo|que|\\uE000)`,
    `,? (?:porque|ya que|puesto que|dado que|pues) `,
  ],
  greeting: [
    `(?:hola|buenos dias|buenas tardes|buenas noches|buenas|estimad[oa]s?|querid[oa]s?|saludos|muy buenas|gracias|muchas gracias|hola de nuevo)(?: |,|!|\\.|$|:|\\uE000)`,
  ],
  signOff: [
    `(?:un saludo|saludos|un cordial saludo|cordiales saludos|atentamente|cordialmente|un abrazo|abrazos|gracias|muchas gracias|gracias de nuevo|mil gracias|quedo a (?:tu|su|vuestra) disposicion|quedamos a (?:tu|su|vuestra) disposicion|un fuerte abrazo|recibe un saludo|reciba un (?:cordial )?saludo|que tengas un (?:buen|gran|feliz) dia|que tenga un (?:buen|gran|feliz) dia|hasta pronto|nos vemos|besos|un beso)[,.!]?(?: |$|\\uE000)`,
    `(?:el )?equipo (?:de )?\\uE000`,
  ],
  templates: {
    acknowledge: {
      before: {
        tu: 'Veo que [Describe el problema concreto], y siento mucho que hayas tenido que pasar por esto.',
        usted: 'Veo que [Describe el problema concreto], y siento mucho que haya tenido que pasar por esto.',
      },
      during: {
        tu: 'Veo que [Describe lo que falló], y siento que nuestras respuestas te lo hayan puesto más difícil.',
        usted: 'Veo que [Describe lo que falló], y siento que nuestras respuestas se lo hayan puesto más difícil.',
      },
      after: {
        tu: 'Veo que [Describe el problema que ha vuelto] aunque te dijimos que estaba resuelto, y siento que hayas tenido que volver a escribirnos.',
        usted: 'Veo que [Describe el problema que ha vuelto] aunque le dijimos que estaba resuelto, y siento que haya tenido que volver a escribirnos.',
      },
      none: { tu: 'Veo que [Describe el problema concreto].', usted: 'Veo que [Describe el problema concreto].' },
    },
    align: {
      before: { tu: 'Tienes toda la razón: esto no debería haber pasado.', usted: 'Tiene toda la razón: esto no debería haber pasado.' },
      during: {
        tu: 'Tienes toda la razón, y esta no es la experiencia que queremos que tengas con nosotros.',
        usted: 'Tiene toda la razón, y esta no es la experiencia que queremos que tenga con nosotros.',
      },
      after: {
        tu: 'Tienes toda la razón al esperar que siguiera funcionando: esto no debería haber vuelto a pasar.',
        usted: 'Tiene toda la razón al esperar que siguiera funcionando: esto no debería haber vuelto a pasar.',
      },
      none: {
        tu: 'Tienes toda la razón al plantearlo: [Explica por qué su queja es válida].',
        usted: 'Tiene toda la razón al plantearlo: [Explica por qué su queja es válida].',
      },
    },
    assure: {
      before: {
        tu: 'Me encargaré personalmente de [Describe el siguiente paso] y te escribiré antes del [Día].',
        usted: 'Me encargaré personalmente de [Describe el siguiente paso] y le escribiré antes del [Día].',
      },
      during: {
        tu: 'A partir de ahora me encargo yo: [Describe el siguiente paso], y te escribiré antes del [Día].',
        usted: 'A partir de ahora me encargo yo: [Describe el siguiente paso], y le escribiré antes del [Día].',
      },
      after: {
        tu: 'Me encargaré personalmente de [Describe la solución definitiva] y te escribiré el [Día] para confirmar que sigue funcionando.',
        usted: 'Me encargaré personalmente de [Describe la solución definitiva] y le escribiré el [Día] para confirmar que sigue funcionando.',
      },
      none: {
        tu: 'Me encargaré de [Describe el siguiente paso] y te escribiré antes del [Día].',
        usted: 'Me encargaré de [Describe el siguiente paso] y le escribiré antes del [Día].',
      },
    },
  },
};
