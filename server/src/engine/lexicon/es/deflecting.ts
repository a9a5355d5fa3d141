/**
 * Spanish deflecting phrases. Patterns are regular-expression sources over normalised text (lower
 * case, NO accents, "ñ" as "n", straight quotes, single spaces, placeholders as U+E000); rewrites are
 * Spanish, with tú/usted variants where the register shows.
 */
import { byFirstLetter, type DeflectingLexicon } from '../deflecting-types';

const GAP = '[^.!?;\\uE000]{0,80}?';
/** Apology heads. */
const APOLOGY =
  '(?:lo sentimos|lo siento|sentimos|siento|lamentamos|lamento|disculpe|disculpa|disculpen|perdone|perdona|perdon|(?:le|te|les) pedimos (?:disculpas|perdon)|(?:mis|nuestras) disculpas|disculpas|desafortunadamente|lamentablemente|por desgracia|desgraciadamente|sentimos mucho|lo sentimos mucho)';
/** Third parties. The article is optional so "culpa del transportista" matches too. */
const PARTY =
  '(?:(?:la|el|su|tu|nuestra|nuestro|los|las|sus|tus|nuestros|nuestras|una|un) )?' +
  byFirstLetter(
    '(?:empresa (?:de (?:mensajeria|transporte|paqueteria|reparto|envios|logistica)|transportista|logistica)|(?:compania|agencia|servicio|empresa) de (?:mensajeria|transporte|paqueteria|reparto|envios|correos)|mensajeria|mensajero|transportista|repartidor(?:a)?|paqueteria|correos|operador logistico|banco|entidad (?:bancaria|financiera|emisora)|pasarela de pago|plataforma de pago|proveedor(?:es)?(?: (?:de pagos|externo|logistico))?|fabricante|almacen|fabrica|distribuidor(?:a)?|socio(?: logistico)?|colaborador(?: externo)?|(?:otro|el otro) departamento|departamento de (?:envios|logistica|facturacion|almacen|contabilidad|ventas|devoluciones|tecnico)|equipo de (?:envios|logistica|facturacion|almacen|ventas|devoluciones)|seur|mrw|dhl|ups|nacex|gls|tercer(?:o|os)|empresa externa|vendedor(?:es)?(?: independientes?| externos?)?|comercio|establecimiento|franquicia(?: local)?|taller|(?:empresa )?contratista|subcontrata|despacho externo|proveedor de (?:internet|hosting|servicios|alojamiento)|operador(?:a)?|aerolinea|aeropuerto|control (?:del )?trafico aereo|aduanas?|autoridades|hotel|clinica|laboratorio|aseguradora|compania (?:electrica|de seguros|aerea|distribuidora)|promotora|organizador(?:a|es)?|administracion (?:del edificio|de la finca|de fincas)|administrador(?:a)? de (?:la )?finca|comunidad de (?:propietarios|vecinos)|app store|google play|play store|proveedor de (?:nube|la nube)|municipio|ayuntamiento|franquiciad[oa]|mayorista|pasarela de pagos|plataforma de pagos|empresa (?:de handling|mantenedora|instaladora|montadora|subcontratada|concertada|colaboradora)|organismo(?: (?:acreditador|oficial|certificador|publico|competente))?|banco (?:receptor|emisor|corresponsal|intermediario|ordenante|destinatario)|entidad(?: (?:receptora|emisora|corresponsal))?|taller (?:concertado|oficial|autorizado|externo)|operarios?|montador(?:es)?|instalador(?:es)?|tecnicos? (?:externos?|subcontratados?)|subcontratista|cartero|courier|naviera|ticketera|marketplace|hacienda|agencia tributaria|seguridad social|emisor de (?:la|su|tu) tarjeta|procesador de pagos|compania telefonica|operadora|ellos)',
  );
const SYSTEM =
  '(?<!\\bnuestr[oa] |\\bmi )' +
  byFirstLetter(
  '(?:(?:el|un|una|la) )?(?:(?:error|fallo|problema|incidencia|caida|bug) (?:del sistema|de(?:l)? sistema|informatic[oa]|tecnic[oa]|de la (?:web|plataforma|aplicacion|pagina))|sistema(?: informatico)?|plataforma|aplicacion|(?:error|fallo) (?:informatico|tecnico))',
);
/** Destinations customers are sent to. */
const DEST =
  '(?:(?:la|el|su|tu|sus|tus|los|las|nuestra|nuestro) )?' +
  byFirstLetter(
    '(?:empresa (?:de (?:mensajeria|transporte|paqueteria|reparto|envios)|transportista)|(?:compania|agencia|servicio) de (?:mensajeria|transporte|paqueteria|reparto|envios|correos)|mensajeria|transportista|repartidor|paqueteria|(?:oficina de )?correos|banco|entidad (?:bancaria|emisora|financiera)|emisor de (?:su|tu|la) tarjeta|fabricante|proveedor|vendedor|tienda(?: (?:donde|en la que) (?:lo|la) (?:compro|compraste))?|servicio tecnico(?: oficial)?(?: del fabricante)?|servicio de atencion al cliente del (?:fabricante|transportista|vendedor)|(?:otro|el) departamento(?: (?:correspondiente|de (?:facturacion|envios|devoluciones|ventas|contabilidad|logistica|cobros)))?|departamento (?:de (?:facturacion|envios|devoluciones|ventas|contabilidad|logistica|cobros)|correspondiente)|aseguradora|compania de seguros|paypal|seur|mrw|dhl|ups|nacex|gls|comercio|establecimiento|distribuidor(?:a)?|operador(?:a)?|proveedor de (?:internet|servicios)|compania (?:electrica|de gas|telefonica|distribuidora)|administrador(?:a)?(?: de (?:su|tu|la) (?:finca|comunidad|edificio))?|casero|arrendador|centro de salud|centro medico|medico(?: de cabecera)?|farmacia|hospital|clinica|aerolinea|aeropuerto|embajada|consulado|ayuntamiento|profesor(?:a)?|tutor(?:a)?|colegio|escuela|universidad|sucursal(?: mas cercana)?|oficinas?(?: mas cercanas?)?|app store|google play|apple|servicio tecnico de la marca|marca|servicio oficial|taller(?: oficial| autorizado| concertado)?|concesionario|centro de (?:reparacion|servicio)|operador(?: externo)?|organizador(?:a)?|promotora|agencia(?: de viajes)?|soporte(?: tecnico)? de (?!nuestr|la empresa)[a-z]+|equipo de (?:moderacion|fraude|seguridad|confianza)|ellos|ellas)',
  );
/** Obligations pushed onto the customer, followed by an infinitive. */
const MUST_INF =
  '(?:debe(?:ra|ria)?(?: usted)?|debes|deberas|deberias|tiene que|tienes que|tendra que|tendras que|tendria que|tendrias que|necesita|necesitas|necesitara|necesitaras|es necesario|sera necesario|le toca|te toca|lo mejor es|lo mejor seria|le recomendamos|te recomendamos|le recomiendo|te recomiendo|le sugerimos|te sugerimos|le aconsejamos|te aconsejamos|le rogamos|te rogamos|le pedimos|te pedimos|le sugiero|te sugiero|le aconsejo|te aconsejo|le recomendaria|te recomendaria|vas a tener que|va a tener que|vais a tener que|van a tener que|tenes que|teneis que|tendreis que|tendran que|debeis|deben|deberan|por favor)(?: (?:directamente|usted|primero))?';
const INF =
  '(?:gestionarlo|gestionarla|gestionar|tramitarlo|tramitarla|tramitar|aclararlo|aclarar|resolverlo|solucionarlo|arreglarlo|verlo|hablarlo|consultarlo|reclamarlo|solicitarlo|pedirlo|reportarlo|reportar|notificarlo|notificar|comunicarlo|preguntar|preguntarlo|contactar|ponerse en contacto|ponerte en contacto|comunicarse|comunicarte|llamar|escribir|dirigirse|dirigirte|hablar|reclamar|consultar(?:lo)?|acudir|presentar (?:una )?reclamacion|abrir (?:una )?(?:reclamacion|disputa|incidencia))';
/** Subjunctive / imperative forms: "que contacte con", "diríjase a", "póngase en contacto con". */
const IMPER =
  '(?:gestionelo|gestionalo|tramitelo|tramitalo|consultelo|consultalo|reclamelo|reclamalo|solicitelo|solicitalo|reportelo|reportalo|comuniquelo|comunicalo|(?:que )?(?:contacte|contactes|se ponga en contacto|te pongas en contacto|se comunique|te comuniques|llame|llames|escriba|escribas|se dirija|te dirijas|reclame|reclames|acuda|acudas|consulte|consultes|hable|hables)|contacte|contacta|pongase en contacto|ponte en contacto|comuniquese|comunicate|llame|llama|escriba|escribe|dirijase|dirigete|reclame|reclama|acuda|acude|consulte|consulta|hable|habla)';
const TROUBLE_M =
  '(?:retraso|error|problema|fallo|inconveniente|detalle|despiste|equivoco|incidente|contratiempo|malentendido|imprevisto|percance|tema|asunto|descuido|lio|corte|objeto|cambio|aranazo|rasguno)';
const TROUBLE_F =
  '(?:demora|espera|incidencia|equivocacion|confusion|molestia|cosa|errata|averia|interrupcion|caida|falla)';
const SMALL_M = '(?:pequeno|leve|ligero|mero|simple|minimo|breve|corto|insignificante|pequenito|tonto)';
const SMALL_F = '(?:pequena|leve|ligera|mera|simple|minima|breve|corta|insignificante|pequenita|tonta)';
const ONLY = '(?:solo|solamente|simplemente|unicamente|tan solo|nada mas que|no es mas que|no fue mas que|meramente)';
const IS = '(?:es|fue|ha sido|era|se trata de|se trato de)';
/** Participles of what a customer does (or fails to do) with an order or a form. */
const CUST_PART =
  'indicado|adjuntado|facilitado|actualizado|completado|rellenado|cumplimentado|revisado|comprobado|leido|confirmado|seguido|activado|registrado|presentado|aportado|firmado|marcado|seleccionado|verificado|validado|aceptado|respondido|contestado|avisado|informado|notificado|comunicado|especificado|incluido|introducido|subido|renovado|guardado|solicitado|recogido|reservado|pagado';

export const deflectingEs: DeflectingLexicon = {
  'apology-but': {
    entries: [
      // "Lamentamos el retraso, sin embargo, …" → "…, y …"
      { pattern: `${APOLOGY}${GAP}((?:[,;] ?| )(?:sin embargo|no obstante),?)`, target: 1, rewrites: [{ text: ', y' }] },
      // "Lo sentimos, pero …" → "Lo sentimos, y …"
      { pattern: `${APOLOGY}${GAP}(?:, ?| )(pero)`, target: 1, rewrites: [{ text: 'y' }] },
      // "Lo sentimos. Sin embargo, …" → "Lo sentimos. …"
      { pattern: `(?:lo sentimos|lo siento|lamentamos|lamento|disculpe|disculpa|disculpas|perdone|perdona)[^.!?;\\uE000]{0,80}[.!] ((?:pero|sin embargo|no obstante|ahora bien),?)`, target: 1, rewrites: [{ text: '' }] },
    ],
    guards: {
      after: [
        // "pero ya le he reembolsado", "pero hemos enviado otro hoy mismo".
        ' ?(?:ya|tambien|ademas|ahora|hoy mismo|enseguida)\\b',
        ' ?(?:(?:yo|nosotros) )?(?:(?:ya )?(?:le|te|les|lo|la|se lo|se la) )?(?:he|hemos|voy a|vamos a|me he|nos hemos|me encargo|nos encargamos|me encargare|nos encargaremos|puedo(?! no)|podemos(?! no)|quiero|queremos|le ofrezco|te ofrezco|le ofrecemos|te ofrecemos|he enviado|hemos enviado|reembolsamos|le reembolsamos|te reembolsamos|enviamos|le enviamos|te enviamos|le compensaremos|te compensaremos)\\b',
        ' ?(?:la buena noticia|gracias|le prometo|te prometo|le aseguro|te aseguro|no (?:tiene|tienes) que (?:hacer nada|preocuparse|preocuparte))',
        // "Disculpe, pero ¿podría enviarme el número de pedido?"
        ' ?¿',
        ' ?(?:podria|podrias|puede|puedes) (?:usted )?(?:enviarnos|enviarme|indicarnos|indicarme|confirmarnos|confirmarme|decirnos|decirme|facilitarnos|facilitarme)',
      ],
    },
  },

  'non-apology': {
    entries: [
      // "Disculpe las molestias" → "Siento mucho que le hayamos fallado"
      {
        pattern: `(?:(?:y )?(?:le|te|les) )?(?:(?:rogamos|pedimos) (?:que )?)?(?:disculpe|disculpa|disculpen|perdone|perdona|perdonen|(?:le|te|les) (?:pedimos|ruego|rogamos|presentamos|ofrecemos) (?:sinceras |nuestras |mis |nuestras sinceras )?(?:disculpas|perdon)|(?:pedimos|ofrecemos|presentamos) (?:sinceras |nuestras |nuestras sinceras )?disculpas|(?:nuestras |mis |sinceras )?disculpas|lamentamos|lamento|sentimos|siento|lo sentimos|lo siento|perdon)(?: (?:mucho|sinceramente))?(?: (?:por|de))? (?:las|los|cualquier|todas las|todos los|toda|cualquiera de las|estas|estos|esta|este) (?:posibles |eventuales )?(?:molestias?|inconvenientes?|trastornos?|incomodidad(?:es)?|perjuicios?)(?: (?:ocasionad|causad|generad|producid|derivad)[oa]s?)?(?: (?:que|los cuales|las cuales) (?:esto |esta situacion |este retraso |le |te |les )*(?:haya|hayan|pueda|puedan|pudiera|pudieran|podria|podrian|ha|han|hubiera|hubieran) (?:podido )?(?:causado|ocasionado|generado|producido|causar|ocasionar)(?: (?:a usted|a ti))?)?(?= ?[.!,;:)]| ?$| y | pero | \\uE000)`,
        rewrites: [{ text: { usted: 'siento mucho que le hayamos fallado', tu: 'siento mucho que te hayamos fallado' } }],
      },
      // The same, followed by more words: report only.
      {
        pattern: `(?:disculpe|disculpa|disculpen|perdone|perdona|(?:le|te|les) pedimos disculpas|pedimos disculpas|disculpas|lamentamos|sentimos|lo sentimos) (?:por |de )?(?:las|cualquier|los|todas las|todos los) (?:posibles )?(?:molestias|inconvenientes?|trastornos)`,
      },
      // "Sentimos que se sienta así" / "lamento que te sientas así".
      {
        pattern: `(?:lo )?(?:sentimos|siento|lamentamos|lamento)(?: mucho)? (?:que|si) (?:usted |tu )?(?:se |te )?(?:sienta|sientas|haya sentido|hayas sentido|siente|sientes|ha sentido|has sentido|sintio|sentiste|vea|veas|lo vea|lo veas|piense|pienses|lo perciba|lo percibas) (?:asi|de (?:esa|esta) (?:manera|forma)|de ese modo|como (?:un|una) )`,
        rewrites: [{ text: { usted: 'siento mucho que le hayamos fallado', tu: 'siento mucho que te hayamos fallado' } }],
      },
      // Conditional apologies: "lamentamos si se ha sentido molesto" (mood change: report only).
      { pattern: `(?:lo )?(?:sentimos|siento|lamentamos|lamento|disculpe|disculpa|disculpas|perdon|perdona|perdone|(?:le|te) pedimos disculpas)(?: mucho)? (?:si|en caso de que) (?:usted |tu )?(?:esto |eso |el [a-z]+ |la [a-z]+ |nuestr[oa] (?:ultim[oa] |anterior )?[a-z]+ )?(?:se |te |le |les )?(?:ha|has|hemos|haya|hayas|hayamos|sintio|sentiste|siente|sientes|causo|causamos|molesto|molestamos|ocasiono|hubiera|hubieras|hubiese|hubo|habia|parecio|parecia|sono|resulto)(?: (?:sentido|sido|tenido|causado|ocasionado|molestado|podido|parecido)(?: [a-z]+)?)?` },
      // "Siento que no estés contento", "lamentamos cualquier decepción".
      { pattern: `(?:lo )?(?:siento|sentimos|lamento|lamentamos)(?: mucho)? que (?:usted |tu )?no (?:este|estes|esten|se sienta|te sientas|haya quedado|hayas quedado|quede|quedes) (?:content[oa]s?|satisfech[oa]s?|a gusto)|(?:siento|sentimos|lamento|lamentamos) que (?:usted |tu )?(?:este|estes|se sienta|te sientas) (?:descontent[oa]|insatisfech[oa]|disgustad[oa])|(?:sentimos|lamentamos|lamento|siento|disculpe|disculpa|perdone|perdona) (?:cualquier|toda|la posible) (?:decepcion|preocupacion|malestar|disgusto)` },
      { pattern: `(?:se (?:cometieron|han cometido|cometio|ha cometido) (?:algunos |ciertos )?(?:errores|un error|fallos))`, rewrites: [{ text: 'cometimos un error' }] },
      // Vosotros: "Disculpad las molestias"; "perdón si no es la respuesta que esperabas".
      { pattern: `(?:disculpad|perdonad) (?:las|los|cualquier|todas las|todos los) (?:posibles )?(?:molestias|inconvenientes|trastornos)|(?:perdon|perdone|perdona|disculpe|disculpa|disculpas|lamento|lamentamos|siento|sentimos) si (?:esta |esto |eso )?no es (?:la respuesta|lo que|la noticia|el resultado) (?:que )?(?:usted |tu )?(?:esperabas|esperaba|esperaban|esperabais|buscabas|buscaba|querias|queria|deseaba|deseabas)` },
      { pattern: `(?:sentimos|lamentamos|disculpe|disculpa|perdone) (?:cualquier|el posible|cualquier posible) (?:malentendido|confusion)(?= ?[.!,;]| ?$)`, rewrites: [{ text: 'sentimos haberlo hecho mal' }] },
    ],
    guards: {
      before: ['(?:nunca|no|evite|evita|evitamos|en vez de|en lugar de) (?:decir|escribir|usar|digas|diga|escribas|escriba)(?: [\'"])? ?'],
    },
  },

  'blame-shifting': {
    entries: [
      { pattern: `(?:es|fue|ha sido|era|sera) (?:(?:toda |enteramente |totalmente |completamente )?(?:la )?(?:culpa|responsabilidad)|un (?:error|fallo)|error|fallo|problema) (?:de|del) ${PARTY}` },
      { pattern: `(?:por culpa|a causa|debido a un (?:error|fallo|problema)|a raiz de un (?:error|fallo)|por un (?:error|fallo)) (?:de|del) ${PARTY}` },
      { pattern: `(?:debido|gracias) (?:a|al) ${PARTY}|(?:causad|provocad|ocasionad|originad)[oa]s? (?:por|por parte de) (?:${PARTY}|${SYSTEM})` },
      { pattern: `(?:la )?(?:culpa|responsabilidad) (?:es|fue|la tiene|la tuvo|recae en|corresponde a|corresponde al)(?: (?:de|del))? ${PARTY}` },
      { pattern: `${PARTY} (?:ha |han |habia |habian |nos )?(?:perdio|perdieron|perdido|extravio|extraviaron|extraviado|dano|danaron|danado|rompio|rompieron|roto|retraso|retrasaron|retrasado|fallo|fallaron|fallado|se equivoco|se equivocaron|equivocado|cometio un error|cometieron un error|no (?:entrego|entregaron|ha entregado|han entregado|realizo|realizaron|hizo|hicieron|recogio|recogieron|actualizo|actualizaron|proceso|procesaron|aviso|avisaron|dejo|dejaron|intento|acudio|acudieron|vino|vinieron|aparecio|aparecieron|se presento|se presentaron|llego|llegaron|cumplio|cumplieron|envio|enviaron)|(?:esta|estan|sigue|siguen) (?:esperando|retrasad[oa]s?|sin (?:enviar|entregar|responder)))` },
      { pattern: `${SYSTEM} (?:ha |nos )?(?:fallo|fallado|se cayo|se ha caido|tuvo un error|dio un error|dio error|cancelo|cancelado|rechazo|rechazado|borro|borrado|cobro dos veces|duplico|se equivoco|genero un error)` },
      { pattern: `(?:debido a|por|a causa de|por culpa de|como consecuencia de) (?:un |una |el |la )?(?:error|fallo|problema|incidencia|caida) (?:del sistema|de(?:l)? sistema|informatic[oa]|tecnic[oa]|de la (?:web|plataforma))` },
      // "No es culpa nuestra" / "eso está fuera de nuestro control".
      { pattern: `(?:(?:bueno,? )?en realidad,? )?(?:esto |eso )?no (?:es|fue|ha sido|era) (?:culpa|responsabilidad) (?:nuestra|mia|de (?:la empresa|nosotros|esta empresa))|(?:esto |eso )?no (?:es|fue|ha sido) (?:nuestra|mi) (?:culpa|responsabilidad)`, rewrites: [{ text: 'es responsabilidad nuestra', safe: false }] },
      { pattern: `se deb(?:e|en|io|ieron|ia) (?:seguramente |probablemente |posiblemente |principalmente |unicamente |exclusivamente )?(?:a|al) ${PARTY}|(?:es|son|sera|fue) (?:responsabilidad|culpa|cosa) (?:de ellos|de ellas|de este|de esta|de estos|(?:de|del) ${PARTY})|${PARTY},? (?:quien|que|el cual|la cual) (?:es|son|sera) (?:el |la |los )?responsables?|${PARTY} (?:es|son|sera) (?:el |la |los |las )?(?:unic[oa]s? )?responsables?|no (?:de|por parte de) nosotros|no (?:depende|dependen|dependia|dependio|dependian) de nosotros|no (?:esta|estaba) en nuestras manos|(?:gestionad|procesad|tramitad|realizad|vendid|enviad)[oa]s? (?:por|a traves de) (?:un |una |el |la )?${PARTY}|los? (?:procesa|gestiona|tramita|realiza|envia)n? (?:un |una |el |la )${PARTY}` },
      { pattern: `${SYSTEM} (?:a veces |en ocasiones |ocasionalmente |puede |suele )?(?:tiene|tuvo|presenta|presento|da|dio|sufre|sufrio|tener|presentar|dar) (?:algunas |algunos |ciertas |ciertos )?(?:fallas|fallos|errores|problemas|incidencias|un fallo|una falla|un error|un problema)` },
      { pattern: `no (?:somos|soy) (?:responsables?|culpables?)(?: de)?|(?:esta|queda|quedaba|estaba|escapa) (?:totalmente |completamente )?(?:fuera de|a) (?:nuestro|mi) (?:control|alcance)|(?:es|fue|son|fueron)? ?ajen[oa]s? a (?:nosotros|nuestra (?:empresa|compania|voluntad)|la (?:empresa|compania))|no (?:podiamos|podriamos|pudimos) hacer nada` },
      { pattern: `(?:no )?(?:podemos|puedo) hacernos? responsables?` },
      // "El retraso viene de la promotora", "estas roturas se producen en el almacén de la mensajería".
      { pattern: `(?:retraso|problema|fallo|falla|error|incidencia|caida|averia|demora|cobro|ruido|dano|rotura|cancelacion|corte|lentitud|cargo)s? (?:[a-z0-9]+ ){0,6}?(?:viene|vienen|venia|vino|proviene|procede|procedia|se origina|se origino|se produce|se producen|se produjo|esta|estaba) (?:de|en|desde) (?:${PARTY}|${SYSTEM})` },
      { pattern: `${PARTY} (?:va|van|iba|iban|anda|andan) (?:muy )?(?:atrasad[oa]s?|con retraso|retrasad[oa]s?)` },
      { pattern: `se deb(?:e|en|io|ia) a (?:un|una) (?:error|fallo|falla|problema|incidencia|retraso) (?:de|del|en) (?:[a-z]+ ){0,3}?(?:de |del )?${PARTY}` },
      // "…, no nuestra", "y no a nosotros", "no algo que hayamos provocado nosotros".
      { pattern: `(?<=[,;:] |- )(?:y )?no (?:nuestr[oa]s?|(?:de|en|a|por|desde|del) (?:nosotros|nuestr[oa]s?(?: [a-z]+){0,3})|(?:del|de la) nuestr[oa])(?= ?[.!;:)]| ?$)|y no (?:a |de )?(?:nosotros|nuestr[oa]s?)(?= ?[.!,;:)]| ?$)|(?<=, )no nosotros(?= ?[.!,;:)]| ?$)|no (?:algo|nada) que (?:hayamos (?:hecho|provocado|causado)|hubieramos (?:hecho|provocado|causado)|hicieramos|causaramos|provocaramos)(?: nosotros)?` },
      { pattern: `(?:retraso|demora|problema|fallo|falla|error|incidencia|caida|cobro)s? no (?:viene|vino|procede|proviene|es) (?:de|por) (?:nuestra parte|nosotros|nuestro lado)` },
      { pattern: `(?:le |les )?(?:corresponde|compete|toca) (?:a|al) ${PARTY}|(?:depende|dependen|dependia|dependian) (?:de|del) ${PARTY}|(?:escapan|escapaba|escapaban|estan|quedan) (?:totalmente |completamente )?(?:fuera de|a) (?:nuestro|mi) (?:control|alcance)|(?:son|es|fueron|fue) (?:ellos|ellas|ell[oa]) (?:los |las |el |la )?(?:responsables?|culpables?)` },
      { pattern: `(?:lamentablemente,? |por desgracia,? )?el (?:sistema|programa|portal|formulario|aplicativo) no (?:proceso|registro|guardo|aplico|acepto|reconocio|envio|actualizo)` },
      // Object fronted, third party as subject: "el envío lo gestiona el vendedor", "los plazos los marca el taller".
      { pattern: `(?:lo|la|los|las) (?:gestiona|gestionan|gestiono|gestionaron|lleva|llevan|llevo|maneja|manejan|manejo|realiza|realizan|realizo|hace|hacen|hizo|genero|generaron|causo|causaron|provoco|provocaron|ocasiono|decide|deciden|decidio|marca|marcan|fija|fijan|fijo|establece|establecen|controla|controlan|tramita|tramitan|envia|envian|vende|venden|opera|operan|emite|emiten|presta|prestan|cobra|cobran|cobro|aplica|aplican|aplico|rechazo|bloqueo|retuvo|perdio|extravio|rompio|dano|retraso) (?:directamente |exclusivamente |unicamente |siempre )?${PARTY}` },
      // "El error fue de su operario", "el problema está en la mensajería".
      { pattern: `(?:error|fallo|culpa|problema|retraso|demora|incidencia|cobro|cargo|rotura|dano|extravio)s? (?:es|fue|ha sido|era|estuvo|esta|son|fueron) (?:de|del|en) ${PARTY}` },
      // Independence and attribution: "opera de forma independiente", "no son imputables a la compañía".
      { pattern: `(?:opera|operan|actua|actuan|trabaja|trabajan|funciona|funcionan) (?:de forma|de manera|en forma) (?:totalmente |completamente )?independiente|(?:es|son) (?:una|un|unos|unas) (?:empresas?|organismos?|entidad(?:es)?|contratistas?|proveedor(?:es)?|profesional(?:es)?) (?:independientes?|extern[oa]s?|ajen[oa]s?)|no (?:son|es|sera|seran|fue|fueron|pueden ser|puede ser|resultan?) (?:imputables?|atribuibles?|achacables?) a (?:la (?:compania|empresa|tienda|academia|entidad|aseguradora|agencia|plataforma|escuela|institucion|administracion)|el (?:gimnasio|club|comercio|hotel|centro)|nosotros|esta [a-z]+|este [a-z]+|nuestr[oa] [a-z]+)|(?:imputables?|atribuibles?|achacables?) (?:a|al) ${PARTY}|no (?:depende|dependia|dependen|dependian) (?:de|del) (?:esta|este|nuestra|nuestro) (?:institucion|empresa|entidad|compania|oficina|academia|tienda|administracion|departamento|equipo|club|gimnasio|centro|plataforma)` },
      // "Un error por parte de la mensajería", "motivado por el proveedor", "causas ajenas a esta empresa".
      { pattern: `(?:error|fallo|retraso|demora|problema|incidencia|descuido|negligencia|equivocacion|incumplimiento)(?:es|s)? (?:por|de) parte (?:de|del) ${PARTY}|motivad[oa]s? por ${PARTY}|(?:causas|motivos|circunstancias|razones|factores) ajen[oa]s a (?:esta|este|nuestro|nuestra) [a-z]+` },
      // "Se debe a que el banco receptor no ha aplicado el abono".
      { pattern: `se deb(?:e|en|io|ia) a que ${PARTY}` },
      // A third party's action or omission: "la distribuidora no nos surtió", "el proveedor rechazó la transacción".
      { pattern: `(?<!\\b(?:y|asi que|por eso|por lo que|de modo que|entonces) (?:el |la |los |las |su |sus )?)${PARTY} (?:no (?:nos )?(?:ha |han |habia |habian )?(?:surtio|surtieron|surtido|suministro|suministraron|suministrado|envio|enviaron|enviado|mando|mandaron|mandado|aplico|aplicaron|aplicado|tramito|tramitaron|tramitado|confirmo|confirmaron|confirmado|respondio|respondieron|respondido|pudo|pudieron|podido|gestiono|gestionaron|gestionado|reflejo|reflejado|abono|abonado|libero|liberado|autorizo|autorizado|repuso|repusieron)|(?:nos )?(?:rechazo|rechazaron|bloqueo|bloquearon|denego|denegaron|retuvo|retuvieron|duplico|duplicaron|genero|generaron|dejo|dejaron|tardo|tardaron|esta tardando|estan tardando))\\b` },
      // "No tenemos acceso a ese proceso", "poco podemos hacer".
      { pattern: `no (?:tenemos|tengo|tiene la empresa) (?:ningun |ninguna )?(?:acceso|control|poder|margen) (?:a|sobre|en) (?:ese|este|esa|esta|dicho|dicha|sus|su|el|la)(?= [a-z])|(?:poco|nada) (?:podemos|puedo|se puede|pudimos|podiamos) hacer(?: (?:nosotros|al respecto|desde aqui))?(?= ?[.!,;:]| ?$)|no (?:podemos|puedo) hacer nada(?= ?[.!,;:]| ?$)` },
      // "No se hace responsable de pérdidas durante el traslado".
      { pattern: `no (?:se hace|nos hacemos|se hara|nos haremos|se responsabiliza|nos responsabilizamos) (?:responsables? )?(?:de|por) (?:las |los )?(?:perdidas|danos|retrasos|extravios|roturas|incidencias)(?: [a-z]+){0,3} (?:durante|en) (?:el )?(?:traslado|transporte|envio|transito|reparto)` },
      // "Son ellos, y no la academia, quienes fijan los plazos".
      { pattern: `(?:son|es) (?:ellos|ellas|el|ella)(?:,? y no (?:nosotros|(?:el|la) [a-z]+),?)? (?:quienes?|los que|las que|el que|la que) (?:fija|fijan|decide|deciden|marca|marcan|gestiona|gestionan|controla|controlan|lleva|llevan|establece|establecen|tiene|tienen|pone|ponen)|${PARTY},? (?:y )?no (?:nosotros|la (?:academia|tienda|empresa|plataforma|web|app|aplicacion|compania)|el (?:gimnasio|club|sitio|hotel|centro|comercio|equipo))(?= ?[.!,;:]| ?$| porque| ya que| como)` },
    ],
    guards: {
      before: [
        '(?:no|nunca|ni|tampoco|sin que|en vez de|en lugar de)(?: [^ ]+)? ?',
        '(?:si|aunque|incluso si|aun si|hemos contactado con|he contactado con|contactaremos con|contactare con|hemos reclamado a|he reclamado a|reclamaremos a)(?: [^ ]+){0,4} ?',
        // Acknowledging what the customer saw: "veo que el vendedor no le ha respondido".
        '(?:veo que|vemos que|vimos que|vi que|entiendo que|entendemos que|sabemos que|se que|me dices que|nos dice que|nos cuenta que|me cuentas que)(?: [^ ]+){0,6} ?',
      ],
      after: [
        '[^.!?]{0,60}(?:sino (?:nuestr|mi|de nosotros)|(?:es|fue) (?:culpa |responsabilidad )?nuestr[ao]|nos (?:corresponde|responsabilizamos|hacemos responsables)|asumimos|asumo)',
        '[^.!¡]{0,80}\\?',
      ],
    },
  },

  'customer-blame': {
    entries: [
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)(?:usted |tu )?(?:se equivoco|se ha equivocado|te equivocaste|te has equivocado|se confundio|te confundiste|cometio un error|cometiste un error|ha cometido un error|has cometido un error)(?! (?:nuestr|el equipo))(?!,? no (?:usted|tu|ti|vos)\\b)` },
      { pattern: `(?:usted |tu )?(?:introdujo|introdujiste|ha introducido|has introducido|puso|pusiste|ha puesto|has puesto|selecciono|seleccionaste|ha seleccionado|has seleccionado|eligio|elegiste|indico|indicaste|escribio|escribiste|facilito|facilitaste|proporciono|proporcionaste) (?:mal|(?:una|la|el|un|los|las|unos|unas) [a-z]+(?: de [a-z]+)? (?:incorrect|equivocad|errone|invalid)[oa]s?)` },
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)(?:debio|debiste|debia|debias|tuvo que|tuviste que|tenia que|tenias que|deberias|tendrias que|usted deberia|usted tendria que|usted debio|usted debia)(?: de)? haber(?:se|te|lo|la|los|las|selo|telo)? (?!llegad|sid|estad|recibid|salid|ocurrid|pasad|enviad|entregad|procesad|tenid)[a-z]+(?:ado|ido|to|cho)\\b` },
      { pattern: `(?:usted|tu) no (?!hizo nada|hiciste nada|recib|pud|tuv|deb|sab|estab|esta |ha recibido|ha podido|tiene|puede|necesita|tendr|quier|quis|es |fue |era |ha sido|hay |le |se |lo |la |te )[a-z]+(?:o|io|aste|iste)\\b|(?:porque|ya que|puesto que|dado que) no (?!recib|pud|tuv|quisi|supi|estuv|te preocup)[a-z]+(?:aste|iste)\\b` },
      { pattern: `(?:la|el|los|las) (?:direccion|dato|datos|numero|codigo|codigo postal|talla|fecha|correo|email|tarjeta|opcion|informacion|contrasena) que (?:usted |tu )?(?:puso|pusiste|indico|indicaste|introdujo|introdujiste|escribio|escribiste|facilito|facilitaste|proporciono|proporcionaste|selecciono|seleccionaste|eligio|elegiste|dio|diste|uso|usaste)(?: [a-z]+){0,2} (?:no (?:tenia|incluia|era|estaba|coincidia|existia)|era (?:incorrect|errone|invalid)[oa]|estaba (?:mal|incomplet[oa]|equivocad[oa]))` },
      { pattern: `porque (?:usted |tu )?(?:llego|llegaste|se presento|te presentaste|hizo|hiciste|envio|enviaste|solicito|solicitaste|pago|pagaste|presento|presentaste)(?: [a-z]+){0,4} (?:tarde|despues del? (?:cierre|plazo|limite|hora)|fuera de(?:l)? plazo)|(?:usted |tu )?(?:incumplio|incumpliste|violo|violaste|infringio|infringiste|vulnero|vulneraste)` },
      { pattern: `(?:esta|estaba|viene|venia|aparece|aparecia|figura|figuraba|queda|quedaba) (?:muy )?(?:claramente|perfectamente|bien|debidamente|explicitamente) (?:explicad|indicad|detallad|especificad|descrit|recogid|informad|advertid)[oa]s? en` },
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)(?:debio|debiste|debia|debias|tuvo que|tenia que|tenias que|deberias|tendrias que|usted deberia|usted tendria que)(?: de)? haber (?:leido|revisado|comprobado|verificado|consultado|contactado(?: antes| con nosotros)?|avisado|informado|indicado|seleccionado|elegido|introducido|escrito|llamado|seguido|notificado|comunicado|solicitado|pedido|devuelto|cancelado|actualizado|mirado|tenido en cuenta|prestado atencion|medido|esperado)` },
      { pattern: `(?:usted |tu )?no (?:leyo|leiste|ha leido|has leido|reviso|revisaste|ha revisado|has revisado|comprobo|comprobaste|siguio|seguiste|presto atencion|prestaste atencion|nos (?:aviso|avisaste|informo|informaste|dijo|dijiste|indico|indicaste|contacto|contactaste))(?: (?:bien|correctamente|atentamente|a tiempo))?` },
      { pattern: `no se (?:fijo|dio cuenta|leyo)|no te (?:fijaste|diste cuenta|leiste)|(?:se le|se te) (?:olvido|paso)(?: (?:indicar|incluir|seleccionar|leer|revisar|avisar|actualizar|cancelar|poner))?|(?:usted |tu )?(?:olvido|olvidaste|omitio|omitiste) (?:indicar|incluir|seleccionar|leer|revisar|avisar|actualizar|cancelar|poner|introducir)` },
      { pattern: `(?:es|fue|era|ha sido) (?:su|tu) (?:culpa|responsabilidad|error)|(?:es|fue|ha sido) (?:un )?error (?:suyo|tuyo|del cliente)|(?:la )?culpa (?:es|fue) (?:suya|tuya|del cliente)|(?:es|era|fue) responsabilidad (?:del (?:cliente|comprador|pasajero|usuario|titular|huesped|viajero|asegurado)|suya|tuya|de usted)` },
      { pattern: `si (?:usted )?(?:hubiera|hubiese|hubieras|hubieses) (?:leido|revisado|seguido|comprobado|contactado|avisado|indicado|seleccionado|introducido|prestado atencion)` },
      // "Tú elegiste la tarifa básica", "usted lo dejó pasar", "usted debió solicitarlo".
      { pattern: `(?:usted|tu|vos) (?:eligio|elegiste|decidio|decidiste|opto|optaste|escogio|escogiste)|(?:usted |tu )?(?:lo|la) (?:dejo|dejaste) pasar|(?:usted|tu) (?:debio|debiste|debia|debias|tenia que|tenias que|tuvo que|tuviste que) (?!recibir|tener|poder|haber|estar|ser)[a-z]+(?:ar|er|ir)(?:lo|la|los|las|se|te)?\\b` },
      { pattern: `(?:se deb(?:e|en|io)|debid[oa]|por culpa|a causa|viene) (?:al|a la|a los|a las|del|de la|de los|de las) [a-z]+(?: [a-z]+)? que (?:usted |tu )?(?:subio|subiste|envio|enviaste|puso|pusiste|eligio|elegiste|uso|usaste|instalo|instalaste|compro|compraste|indico|indicaste|introdujo|introdujiste|selecciono|seleccionaste)` },
      { pattern: `si (?:usted )?(?:lo |la |los |las |le |nos )?(?:hubiera|hubiese|hubieras|hubieses) (?:hecho caso|[a-z]+(?:ado|ido))(?: [a-z0-9]+){0,6},? (?:esto |eso )?no (?:habria|hubiera|hubiese|pasaba|pasaria|ocurriria|ocurria)|si (?:usted )?(?:hubiera|hubiese|hubieras|hubieses) hecho caso` },
      { pattern: `(?:se )?(?:indicaba|indica|decia|dice|especificaba|especifica|advertia|advierte|mostraba|muestra|explicaba|explica|avisaba|avisa) (?:muy )?claramente|(?:te|le) (?:avisaba|aviso|advertia|advirtio|recordaba|recordo) (?:durante|varias veces|repetidas veces)|(?:te|le) (?:pedia|pidio) confirmar` },
      { pattern: `(?:usted |tu )?(?:tendria|tendrias|debia|debias|deberia|deberias) que haberlo? (?:sabido|leido|revisado)|(?:usted |tu )?(?:ignoro|ignoraste|paso por alto|pasaste por alto)` },
      // "Al no haber indicado usted el piso", "por no haber completado el formulario".
      { pattern: `(?:al|por) no (?:nos )?(?:indicar|adjuntar|facilitar|actualizar|completar|rellenar|cumplimentar|revisar|comprobar|leer|confirmar|activar|registrar|presentar|aportar|firmar|marcar|seleccionar|verificar|validar|aceptar|responder|contestar|avisar|informar|notificar|comunicar|especificar|incluir|introducir|subir|renovar|solicitar|recoger|reservar)(?:lo|la|los|las|nos)?\\b(?! (?:nosotros|nuestr))|(?:al|por) no haber(?:lo|la|los|las|nos|noslo|noslo)? (?:${CUST_PART})(?! (?:nosotros|nuestr|el (?:transportista|repartidor|banco|proveedor|fabricante|mensajero)|la (?:mensajeria|paqueteria|empresa|tienda|aseguradora|agencia)))` },
      // "No se nos indicó que…", "en ningún momento nos informó de…".
      { pattern: `no se nos (?:indico|informo|comunico|aviso|notifico|facilito|dijo|especifico|hizo saber|advirtio)|en ningun momento (?:usted |tu )?(?:se )?nos (?:indico|indicaste|informo|informaste|comunico|comunicaste|aviso|avisaste|notifico|notificaste|dijo|dijiste|facilito|facilitaste|especifico|especificaste|advirtio|advertiste)` },
      // Tú/vos preterite, unambiguous: "no completaste el formulario", "no nos enviaste la foto".
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)no (?:nos )?(?:completaste|adjuntaste|revisaste|leiste|marcaste|seleccionaste|indicaste|actualizaste|confirmaste|activaste|rellenaste|firmaste|enviaste|mandaste|incluiste|seguiste|comprobaste|verificaste|guardaste|registraste|aceptaste|respondiste|contestaste|subiste|renovaste|cancelaste|devolviste|avisaste|especificaste|introdujiste|aportaste|presentaste|cumpliste|solicitaste|recogiste|reservaste|validaste|facilitaste|proporcionaste|dijiste|informaste|comunicaste|notificaste|cumplimentaste|pagaste)\\b` },
      // Usted after a causal link: "como no actualizó sus datos", "ya que no nos envió la factura".
      { pattern: `(?:como|porque|ya que|puesto que|dado que|debido a que|al ver que) (?:usted |vos |tu )?no (?:nos )?(?:completo|adjunto|reviso|leyo|marco|selecciono|indico|actualizo|confirmo|activo|relleno|firmo|envio|mando|incluyo|siguio|comprobo|verifico|guardo|registro|acepto|respondio|contesto|subio|renovo|cancelo|devolvio|aviso|especifico|introdujo|aporto|presento|cumplio|solicito|recogio|reservo|valido|facilito|proporciono|dijo|informo|comunico|notifico|cumplimento)\\b` },
      // "Le faltó adjuntar la foto", "faltó que usted confirmara", "faltaba su firma".
      { pattern: `(?:le|te) (?:falto|faltaba) [a-z]+(?:ar|er|ir)(?:lo|la|los|las|nos)?\\b|falto que (?:usted|tu|vos|nos)(?= [a-z])|falt(?:o|aba|aron|aban) (?:su|tu) (?:firma|confirmacion|autorizacion|respuesta|justificante|documentacion|pago|aviso|consentimiento)` },
      // Passive details: "los datos facilitados eran incorrectos", "la dirección indicada por usted estaba incompleta".
      { pattern: `(?:el|la|los|las|su|sus|tu|tus) (?:direccion(?: de (?:entrega|envio|facturacion|correo))?|datos?(?: de (?:envio|contacto|pago|facturacion))?|numero(?: de [a-z]+)?|codigo(?: postal)?|talla|fecha|correo(?: electronico)?|email|tarjeta|opcion|informacion|documentacion|contrasena|nombre|telefono|cuenta|iban|medidas?|fotos?|referencia) (?:facilitad|proporcionad|indicad|introducid|aportad|seleccionad|elegid|escrit|consignad|dad|enviad)[oa]s?(?: (?:por usted|por ti|por vos|en (?:el|su|tu) (?:pedido|formulario|registro|reserva|solicitud)|al (?:comprar|registrarse|registrarte|hacer el pedido|reservar)))? (?:era|eran|estaba|estaban|resulto|resultaron|es|son|esta|estan) (?:incorrect|errone|invalid|incomplet|equivocad|ilegible|insuficiente)[oa]?s?` },
      // "Hubo un descuido por su parte", "un error de tu parte".
      { pattern: `(?:error|fallo|descuido|olvido|confusion|equivocacion|despiste|negligencia|omision) (?:por|de) (?:su|tu) parte` },
      // "Lo ideal habría sido que nos avisara", "hubiera sido conveniente que usted revisara".
      { pattern: `(?:lo ideal|lo suyo|lo correcto|lo recomendable|lo mejor|lo logico) (?:habria|hubiera|hubiese) sido que (?:usted |tu |vos )?(?:nos |lo |la )?[a-z]+(?:ara|iera|ase|iese|aras|ieras)\\b|(?:habria|hubiera|hubiese) sido (?:mejor|conveniente|recomendable|preferible|ideal|necesario) que (?:usted |tu |vos )?(?:nos |lo |la )?[a-z]+(?:ara|iera|ase|iese|aras|ieras)\\b` },
      // "Le correspondía a usted revisar el pedido", "te tocaba a ti avisar".
      { pattern: `(?:le|te) (?:correspondia|tocaba|competia)(?: a (?:usted|ti|vos))? [a-z]+(?:ar|er|ir)(?:lo|la|los|las|nos)?\\b|(?:correspondia|tocaba|dependia|competia|era cosa) (?:a|de) (?:usted|ti|vos)(?= ?[.!,;]| ?$| [a-z]+(?:ar|er|ir)\\b)` },
      // "Te olvidaste de marcar la casilla", "se olvidó de indicar el piso".
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)(?:usted |tu |vos )?(?:te olvidaste|se olvido|te olvidas|se olvida|os olvidasteis) de [a-z]+(?:ar|er|ir)(?:lo|la|los|las|nos)?\\b` },
      // What the customer supplied was wrong: "la dirección que capturaste estaba incompleta", "la foto que subiste estaba borrosa".
      { pattern: `(?:la|el|los|las|su|tu) (?:[a-z]+)(?: (?:de|del) (?:la |el |su |tu )?[a-z]+)? que (?:usted |tu |vos )?(?:nos )?(?:capturo|capturaste|subio|subiste|registro|registraste|cargo|cargaste|mando|mandaste|envio|enviaste|adjunto|adjuntaste|puso|pusiste|indico|indicaste|introdujo|introdujiste|escribio|escribiste|facilito|facilitaste|proporciono|proporcionaste|dio|diste|uso|usaste) (?:estaba|estaban|era|eran|resulto|resultaron|no (?:era|eran|estaba|estaban|coincidia|coincidian|tenia|tenian|incluia|incluian|servia|valia)) ?(?:incomplet|borros|ilegible|caducad|vencid|cortad|incorrect|errone|equivocad|invalid|mal)?[a-z]*` },
      // "Te pasaste de la fecha", "se pasó del plazo".
      { pattern: `(?:vos |tu |usted )?(?:te pasaste|se paso|os pasasteis) (?:de|del) (?:la fecha|plazo|limite|la fecha limite|vencimiento|tiempo)` },
      // Vosotros preterite: "no facilitasteis la lectura".
      { pattern: `(?<!(?:el|la|los|las|nuestr[oa]s?|su|sus) [a-z]+ (?:[a-z]+ )?)no (?:nos )?(?!recibisteis|pudisteis|tuvisteis|quisisteis|supisteis|estuvisteis)[a-z]+(?:asteis|isteis)\\b` },
      // "Porque su tarjeta no contaba con saldo", "el problema estuvo en tu internet".
      { pattern: `(?:porque|ya que|debido a que|dado que|puesto que|como|pues) (?:su|tu) (?:tarjeta|cuenta) no (?:contaba|cuenta|tenia|tiene|disponia|dispone) (?:con )?(?:cupo|saldo|fondos|credito|dinero)|(?:problema|fallo|error|causa|incidencia) (?:esta|estuvo|estaba|es|fue|viene|venia) (?:en|de) (?:su|tu) (?:propia |propio )?(?:conexion|internet|router|equipo|dispositivo|movil|celular|telefono|ordenador|computadora|red|wifi|navegador|configuracion|instalacion)` },
      // "Si hubieras activado las notificaciones", "si se hubieran introducido correctamente los datos".
      { pattern: `si (?:usted |tu |vos )?(?:se |lo |la |los |las |le |nos )?(?:hubiera|hubiese|hubieras|hubieses|hubieran|hubiesen) (?:${CUST_PART}|activado|puesto|hecho|usado|traido|escrito|descargado|instalado)` },
      // "Le recordamos que debía cancelar con 24 horas", "no nos consta que haya enviado", "usted autorizó el cargo".
      { pattern: `(?:le|te|les|os) (?:recordamos|recuerdo) que (?:usted |tu |vos )?(?:debia|debias|debiais|tenia que|tenias que|era necesario|era (?:su|tu) responsabilidad|habia que|debio|debiste|es (?:su|tu) responsabilidad|es responsabilidad (?:suya|tuya|del (?:cliente|titular|usuario)))|no (?:nos )?consta que (?:usted |tu |vos )?(?:nos )?(?:haya|hayas|hayais) [a-z]+(?:ado|ido)|(?:usted|tu|vos) (?:acepto|aceptaste|confirmo|confirmaste|autorizo|autorizaste|aprobo|aprobaste|firmo|firmaste) (?:el|la|los|las|este|esta|estos|estas|dicho|dicha|nuestras?|nuestros?)` },
      // "Como se indica en nuestra web, …" → removed.
      {
        pattern: `(?:tal y como|tal como|como) (?:ya )?(?:se )?(?:indica|indicaba|especifica|especificaba|explica|explicaba|detalla|detallaba|menciona|mencionaba|aparece|aparecia|consta|constaba|figura|figuraba|dice|decia|advierte|advertia|avisa|avisaba)(?: claramente)? (?:en|(?:en )?la|(?:en )?el) ?(?:nuestras?|las|los|la|el|nuestros|su|tu)? ?(?:web|pagina web|sitio web|descripcion(?: del (?:producto|articulo))?|ficha(?: del producto)?|anuncio|faq|preguntas frecuentes|instrucciones|manual|correo de confirmacion|confirmacion del pedido|factura|proceso de compra)|(?:tal y como|tal como|como) (?:ya )?(?:se )?(?:indica|indicaba|especifica|detalla|menciona|aparece|consta|figura|dice) (?:claramente )?en (?:nuestras?|las|los) (?:condiciones|terminos|politicas?)(?: (?:generales|y condiciones|de (?:venta|uso|devolucion)))? que (?:usted |tu )?(?:acepto|aceptaste|leyo|leiste|firmo|firmaste|ha aceptado|has aceptado)`,
        rewrites: [{ text: '' }],
      },
    ],
    guards: {
      before: [
        '(?:no|nunca|ni|de ningun modo|en ningun caso|para nada)(?: (?:es|fue|era|ha sido))? ?',
        '(?:aunque|aun si|incluso si|entiendo que|sabemos que|se que|no importa si|da igual si|tranquil[oa],?|no se preocupe si|no te preocupes si)(?: [^ ]+){0,3} ?',
        '(?:nosotros|yo|nuestro equipo) ',
        // "Pedimos disculpas por no haber respondido antes": our failure, not theirs.
        '(?:disculpas|disculpe|disculpa|perdon|perdone|perdona|siento|sentimos|lamento|lamentamos)(?: [^ .!?]+){0,4} ',
        // "Si no completaste el formulario, …" is a condition, not an accusation.
        '(?:si|por si|en caso de que) ',
      ],
      after: ['[^.!¡]{0,80}\\?'],
    },
  },

  'policy-shield': {
    entries: [
      // "Según nuestra política, …" → removed.
      {
        pattern: `(?:segun|de acuerdo (?:con|a)|conforme a|en cumplimiento de|siguiendo|por|debido a|en base a|con arreglo a|atendiendo a) (?:(?:nuestras?|la|las|los|nuestros) )?(?:politicas?|normas?|normativas?|terminos|condiciones|protocolos?|procedimientos?|reglas|reglamento|directrices)(?: (?:y condiciones|generales|internas?|de (?:la (?:empresa|compania|tienda)|empresa|devoluciones?|reembolsos?|envios?|cancelacion(?:es)?|cambios?|garantia|privacidad|seguridad|venta|uso|calidad)))*`,
        rewrites: [{ text: '' }],
      },
      { pattern: `(?:de conformidad con|conforme a|segun|de acuerdo con|en virtud de|en aplicacion de) (?:el |la |los |las |nuestr[oa]s? )?(?:[a-z0-9/().-]+ ){0,5}(?:reglamento|normativa|ley|directiva|politicas?|condiciones(?: de [a-z]+)?|terminos|contrato)` },
      // "Nuestra política no nos permite …" → "No podemos …"
      {
        pattern: `(?:nuestras?|la|las|nuestros|los) (?:politicas?|normas?|normativas?|condiciones|terminos|reglas|protocolos?)(?: (?:de (?:la )?empresa|internas?|de (?:devoluciones?|reembolsos?|envios?|cancelacion|cambios)))? no (?:nos) (?:permiten?|autorizan?|dejan?)`,
        rewrites: [{ text: 'no podemos' }],
      },
      {
        pattern: `(?:nuestras?|la|las|nuestros|los) (?:politicas?|normas?|normativas?|condiciones|terminos|reglas|protocolos?)(?: (?:de (?:la )?empresa|internas?|de (?:devoluciones?|reembolsos?|envios?|cancelacion|cambios)))? no (?:me) (?:permiten?|autorizan?|dejan?)`,
        rewrites: [{ text: 'no puedo' }],
      },
      { pattern: `(?:nuestras?|la|las|nuestros|los) (?:politicas?|normas?|normativas?|condiciones|terminos|reglas|protocolos?)(?: (?:de (?:la )?empresa|internas?|de (?:devoluciones?|reembolsos?|envios?|cancelacion|cambios)))? (?:no (?:permiten?|autorizan?|contemplan?|cubren?|incluyen?|admiten?)|(?:nos |me )?(?:impiden?|prohiben?)|(?:establecen?|estipulan?|indican?|dicen?|exigen?) (?:claramente )?que)` },
      { pattern: `(?:va|iria|esta|estaria) (?:en contra de|fuera de) (?:nuestras?|la|las|los|nuestros) (?:politicas?|normas?|normativas?|condiciones|terminos|reglas)|(?:es|son) (?:nuestra|la) (?:politica|norma|normativa)(?: de la empresa)?(?= ?[.!,;]| ?$)|(?:asi|esas|estas) son (?:las|nuestras) (?:normas|reglas|politicas)` },
      { pattern: `(?:tenemos|tengo) las manos atadas|las normas son las normas|(?:yo )?no (?:pongo|hago|establezco) las (?:normas|reglas)` },
      { pattern: `no (?:estamos|estoy) (?:autorizad[oa]s?|facultad[oa]s?) (?:a|para)|no (?:esta|estaria) permitido|no (?:podemos|puedo) hacer (?:ninguna excepcion|excepciones)` },
      { pattern: `(?:tenemos|tengo|debemos|debo) que (?:seguir|cumplir|respetar|aplicar) (?:nuestras?|la|las|los|nuestros) (?:politicas?|normas?|normativas?|protocolos?|procedimientos?|reglas)` },
      // "Tal y como indican las condiciones de contratación", "conforme al reglamento del club".
      { pattern: `(?:tal y como|tal como|como|segun) (?:lo )?(?:indican?|establecen?|estipulan?|recogen?|dicen?|especifican?|senalan?|marcan?) (?:nuestras?|las|los|nuestros|el|la) (?:condiciones|terminos|politicas?|normas?|normativas?|reglamento|contrato|bases)` },
      { pattern: `(?:conforme|de acuerdo|con arreglo|en cumplimiento del?) al (?:reglamento|contrato|protocolo|procedimiento|codigo|regimen)|(?:segun|conforme a|de acuerdo con) el (?:reglamento|contrato|protocolo|procedimiento)(?: (?:interno|de [a-z]+))?` },
      // "No está contemplado en nuestras condiciones", "está fijada en el reglamento", "fuera del plazo de 30 días".
      { pattern: `no (?:esta|estan|queda|quedan) (?:contemplad|incluid|cubiert|recogid|previst)[oa]s? (?:en|por) (?:nuestras|las|nuestros|los|el|la|nuestro|nuestra) (?:condiciones|terminos|politicas?|contrato|normas?|normativa|reglamento|tarifa)|(?:esta|estan|viene|vienen) (?:fijad|establecid|estipulad|regulad|marcad|recogid|definid)[oa]s? (?:en|por) (?:el|la|los|las|nuestro|nuestra|nuestros|nuestras) (?:reglamento|normativa|condiciones|contrato|tarifa|terminos|politicas?|normas?)|fuera del? (?:plazo|periodo) (?:de (?:devolucion|garantia|desistimiento|cancelacion|reembolso|cambio)|de [0-9]+ dias)|(?:segun|conforme a|de acuerdo con|como (?:indican|establecen|marcan)) (?:las|nuestras) condiciones de [a-z]+` },
    ],
    guards: {
      before: ['(?:no(?! obstante)|nunca)(?: [^ ]+){0,1} ?', '(?:aunque|aun cuando|incluso|a pesar de lo que)(?: [^ ]+){0,3} ?'],
      after: [
        ',? ?(?:usted )?(?:tiene derecho|tienes derecho|le corresponde|te corresponde|puede(?:s)? (?:solicitar|pedir|devolver|recibir|obtener|cambiar)|(?:le|te) (?:reembolsamos|devolvemos|ofrecemos|enviamos|cubrimos|corresponde)|(?:podemos|puedo|vamos a|voy a) (?!no)|esta cubiert[oa]|estas cubiert[oa]|nos permite|me permite|tiene usted derecho)',
      ],
    },
  },

  dismissive: {
    entries: [
      { pattern: `(?:por favor,? )?(?:calmese|calmate|calmense|tranquilicese|tranquilizate|tranquilicense|relajese|relajate|mantenga la calma|manten la calma|(?:que )?(?:se tranquilice|te tranquilices|se calme|te calmes|se relaje|te relajes|mantenga la calma|mantengas la calma)|(?:que )?(?:mantenga|mantengas|manten|mantenga usted) un tono (?:respetuoso|adecuado|educado|cordial|correcto)|no (?:es necesario|hace falta|hay necesidad de|tiene que|tienes que) (?:que )?(?:nos )?(?:siga|sigas|seguir|vuelva|vuelvas|volver) (?:escribiendo(?:nos)?|llamando(?:nos)?|insistiendo|contactando(?:nos)?|reclamando|a escribir(?:nos)?|a llamar(?:nos)?|a contactar(?:nos)?)|no se (?:altere|enfade|enoje|ponga asi|ponga nervios[oa])|no te (?:alteres|enfades|enojes|pongas asi|pongas nervios[oa])|no (?:hay|hace falta|tiene) (?:necesidad|motivo|razon|por que) (?:de|para) (?:ponerse asi|ponerte asi|enfadarse|enfadarte|gritar|alterarse|alterarte|ser (?:grosero|maleducado))|deje de (?:escribirnos|llamarnos|gritar|insistir)|deja de (?:escribirnos|llamarnos|gritar|insistir)|sea razonable|se razonable|con todo (?:el )?respeto|esta exagerando|estas exagerando)`, rewrites: [{ text: 'entiendo lo frustrante que es esto', safe: false }] },
      // "Como ya le dije, …" / "…, como le indiqué anteriormente." → removed.
      {
        pattern: `(?:como|tal y como|tal como|segun) (?:ya )?(?:se )?(?:le |te |les )?(?:(?:ya )?(?:dije|he dicho|habia dicho|comente|he comentado|habia comentado|indique|he indicado|habia indicado|explique|he explicado|habia explicado|informe|he informado|habia informado|mencione|he mencionado|habia mencionado|senale|he senalado|aclare|he aclarado|comentamos|hemos comentado|habiamos comentado|indicamos|hemos indicado|habiamos indicado|explicamos|hemos explicado|habiamos explicado|informamos|hemos informado|habiamos informado|mencionamos|hemos mencionado|habiamos mencionado|dijimos|hemos dicho|habiamos dicho|indico|informo|explico|comunico|menciono|comento|dijo|hablamos|hemos hablado|habiamos hablado|conversamos|hemos conversado|tratamos|hemos tratado))(?: (?:ya|antes|anteriormente|previamente|repetidas veces|varias veces|en (?:mi|nuestro|el) (?:anterior|ultimo|primer) (?:correo|mensaje|email|e-mail|respuesta)|en (?:mi|nuestra|la) (?:anterior|ultima) (?:respuesta|comunicacion)))*`,
        rewrites: [{ text: '' }],
      },
      { pattern: `(?:como|segun) (?:ya )?(?:se )?(?:indica|indicaba|menciona|mencionaba|comenta|comentaba|explica|explicaba) en (?:mi|nuestro|el) (?:anterior|ultimo|previo) (?:correo|mensaje|email|e-mail)|(?:segun|como en) (?:mi|nuestro) (?:ultimo|anterior) (?:correo|mensaje|email|e-mail)`, rewrites: [{ text: '' }] },
      { pattern: `(?:como|tal y como|tal como) (?:ya )?(?:se )?(?:ha |habia )?(?:mencionado|indicado|comentado|explicado|dicho|informado|senalado) (?:anteriormente|previamente|antes|con anterioridad)`, rewrites: [{ text: '' }] },
      { pattern: `(?:como|tal y como) (?:ya )?(?:usted )?(?:sabe|sabes|debe(?:ria)? saber|deberias saber)(?! que)|(?:como|tal y como) ya (?:se )?(?:le|te) (?:ha |habia )?(?:indicado|informado|explicado|comunicado|dicho|comentado)` , rewrites: [{ text: '' }] },
      { pattern: `(?:se|te) lo (?:repito|vuelvo a repetir|vuelvo a explicar|he dicho (?:ya )?(?:varias veces|muchas veces|dos veces))|(?:le|te) repito|(?:vuelvo|volvemos) a (?:repetir|explicar|insistir|recordarle|recordarte)|(?:una vez mas|otra vez),? (?:le|te) (?:repito|recuerdo|explico|indico)|por (?:segunda|tercera|cuarta|ultima) vez|ya (?:se|te) lo (?:he|hemos) (?:dicho|explicado|indicado)` },
      { pattern: `(?:tenemos|recibimos|atendemos) (?:muchos|cientos de|miles de|muchisimos) (?:otros )?(?:clientes|casos|tickets|correos|solicitudes)|no (?:es|eres) (?:nuestro|el) unico cliente` },
      // "Ya se lo expliqué claramente", "se lo he explicado ya dos veces", "esto ya lo hemos hablado".
      { pattern: `ya (?:se lo|te lo|le|te|se la|te la) (?:dije|explique|indique|comente|aclare|dijimos|explicamos|indicamos|comentamos)(?! (?:al|a la|a los|a las|a su|a tu|a nuestr[oa]s?)\\b)|(?:se|te) lo (?:he|hemos) (?:dicho|explicado|indicado|repetido|comentado) (?:ya )?(?:varias|muchas|dos|tres|mil) veces|(?:esto|eso) ya lo (?:hemos|habiamos) (?:hablado|tratado|visto|comentado|explicado)|ya (?:lo )?hemos (?:hablado|tratado) (?:de )?(?:esto|este tema|este asunto)` },
      { pattern: `(?:como|tal y como|tal como|segun) (?:ya )?(?:se )?(?:figura|figuraba|consta|constaba|indica|indicaba|aparece|aparecia|explica|explicaba|menciona|mencionaba|detalla|detallaba) en (?:el|mi|nuestro|los|mis|nuestros) (?:correos?|mensajes?|emails?|e-mails?|respuestas?) (?:de abajo|de arriba|anteriores?|previos?)`, rewrites: [{ text: '' }] },
      // Tone policing and "insistir no va a cambiar nada".
      { pattern: `(?:mantenga|mantengas|guarde|guardes) las formas|(?:se dirija|te dirijas|nos hable|nos hables|nos escriba|nos escribas) (?:a nosotros )?con (?:respeto|educacion|correccion)|(?:mantenga|mantengas|manten) (?:el respeto|la educacion|la compostura)|(?:insistir|seguir insistiendo|volver a (?:escribir|llamar|reclamar)(?:nos)?|escribirnos (?:de nuevo|otra vez)|llamarnos (?:de nuevo|otra vez)) no (?:va a cambiar|cambiara|cambia|servira de|va a servir de) (?:nada|la respuesta)|por (?:mucho|mas) que (?:nos )?(?:vuelva|vuelvas|siga|sigas|insista|insistas)(?: a| escribiendo| llamando)?(?: (?:escribir|llamar|insistir|reclamar)(?:nos)?)?` },
      // "Ya le hemos respondido a esto", "este tema ya fue atendido", "no hay más que hablar", "te lo vuelvo a decir".
      { pattern: `ya (?:le |te |les |os )?(?:hemos|he) (?:respondido|contestado|explicado|aclarado) (?:a )?(?:esto|eso|este tema|esta cuestion|esta consulta)|ya (?:fue|ha sido) (?:atendid|respondid|contestad|resuelt|tratad)[oa] en (?:nuestras|mis|las|nuestros|los) (?:respuestas|comunicaciones|correos|mensajes) anteriores|(?:este tema|esto|eso|este asunto) ya (?:fue|ha sido) (?:atendid|respondid|tratad|contestad)[oa]|no hay (?:mas|nada mas) que (?:hablar|decir|anadir|discutir)|(?:se|te|le|os) lo vuelvo a (?:decir|explicar|repetir)|(?:le|te|os) vuelvo a (?:decir|explicar|repetir)|no (?:entiendo|se|sabemos|entendemos) (?:que parte|por que|que) no (?:le |te |les )?(?:queda|esta|resulta) clar[oa]|(?:levantar(?:le|nos)? la voz|gritar(?:le|nos)?|insultar(?:nos)?|ponerse asi|ponerte asi)(?: (?:al|a la|a nuestro|a nuestra|a los|a las) [a-z]+)? no (?:va a|lo va a|hara|hace) (?:hacer que|cambiar|acelerar|resolver|arreglar|servir)` },
    ],
    guards: {
      before: [
        '(?:no|nunca|jamas|no queremos|no quiero|sin|en vez de|en lugar de|evite|evita)(?: [^ ]+){0,3} ?',
        '(?:dijo|dijiste|dice|dices|escribio|escribiste|le pedimos que|le dijeron que|te dijeron que|le pidieron que) ',
      ],
    },
  },

  minimizing: {
    entries: [
      // "Es solo un pequeño retraso" → "Es un retraso"
      { pattern: `(${IS} )${ONLY} (un) (?:${SMALL_M} )?(${TROUBLE_M})(?: ${SMALL_M})?`, rewrites: [{ text: '$1$2 $3' }, { text: 'esto no debería haber pasado', safe: false }] },
      { pattern: `(${IS} )${ONLY} (una) (?:${SMALL_F} )?(${TROUBLE_F})(?: ${SMALL_F})?`, rewrites: [{ text: '$1$2 $3' }, { text: 'esto no debería haber pasado', safe: false }] },
      // "Solo es un pequeño retraso" → "Es un retraso"
      { pattern: `${ONLY} (${IS} )(un) (?:${SMALL_M} )?(${TROUBLE_M})`, rewrites: [{ text: '$1$2 $3' }, { text: 'esto no debería haber pasado', safe: false }] },
      { pattern: `${ONLY} (${IS} )(una) (?:${SMALL_F} )?(${TROUBLE_F})`, rewrites: [{ text: '$1$2 $3' }, { text: 'esto no debería haber pasado', safe: false }] },
      // "Es un pequeño retraso" at the end of a clause → "Es un retraso"
      { pattern: `(${IS} )(un) (?:${SMALL_M}) (${TROUBLE_M})(?= ?[.!,;]| ?$| y | que | sin )`, rewrites: [{ text: '$1$2 $3' }] },
      { pattern: `(${IS} )(una) (?:${SMALL_F}) (${TROUBLE_F})(?= ?[.!,;]| ?$| y | que | sin )`, rewrites: [{ text: '$1$2 $3' }] },
      { pattern: `no (?:es|fue|ha sido|era) para tanto|no (?:es|fue|ha sido|era) (?:nada grave|gran cosa|tan grave|tan (?:terrible|importante|serio)|nada del otro mundo|el fin del mundo|un (?:gran|grave) problema|para (?:preocuparse|alarmarse|enfadarse|tanto))|no (?:pasa|paso) nada(?! por)|tampoco (?:es|fue) (?:para tanto|tan grave|gran cosa)`, rewrites: [{ text: { usted: 'entiendo que esto es importante para usted', tu: 'entiendo que esto es importante para ti' }, safe: false }] },
      { pattern: `(?:${ONLY}|apenas) (?:unos|unas|un par de|dos|tres|cuatro|cinco|un|una|pocos|pocas|algunos|algunas) (?:pocos |pocas )?(?:dias|dia|horas|hora|minutos|semanas|semana)(?: (?:habiles|laborables))? (?:de (?:retraso|demora|espera)|mas|tarde)|(?:${ONLY}|apenas) (?:son|es|fue|fueron|seran|sera|ha sido|han sido|se trata de) (?:un par de|unos|unas|dos|tres|pocos|pocas|un|una) (?:pocos |pocas )?(?:dias|dia|horas|hora|minutos|semanas|semana)` },
      { pattern: `(?:supone|suponen|supuso|supusieron|es|son|fue|fueron|representa|representan|causa|causan|ocasiona|ocasionan) (?:solo |solamente |tan solo |unicamente )?(?:una|un|unas|unos) (?:molestias?|inconvenientes?|retrasos?|problemas?|interrupcion(?:es)?|incidencias?|errore?s?|fallos?|demoras?|cortes?) (?:menor(?:es)?|leves?|minim[oa]s?|pequen[oa]s?|sin importancia|insignificantes?|breves?)|(?:retrasos?|errores?|fallos?|problemas?|incidencias?|demoras?|cosas?|detalles?|molestias?|cortes?) sin (?:importancia|mayor importancia|trascendencia)|(?:es|son) (?:solo|solamente|simplemente|unicamente) (?:un|una|unos|unas) [a-z]+ (?:cosmetic|estetic|visual)[oa]s?|(?:solo|solamente|unicamente) (?:afecto|afecta|afectaron|duro|duraron) (?:a )?(?:unos pocos|unas pocas|un pequeno|una pequena|pocos|pocas|una minoria|un par)|(?:la mayoria|casi todos|casi ninguno)(?: de (?:los|nuestros) clientes)? no (?:se vio|se vieron|ha notado|notaron|noto|se ha visto) afectad[oa]s?` },
      { pattern: `(?:son|estas son|esas son) cosas que (?:pasan|ocurren|suceden)|(?:estas|esas) cosas (?:pasan|ocurren|suceden)|(?:son cosas|es algo) que (?:pasa|ocurre|sucede) (?:a veces|de vez en cuando|a menudo)|(?:errores|retrasos) (?:los )?(?:tiene|comete|sufre) (?:cualquiera|todo el mundo)`, rewrites: [{ text: 'esto no debería haber pasado', safe: false }] },
      // "Es algo mínimo", "es completamente normal", "solo estuvo caída unas horas", "fue una espera corta".
      { pattern: `(?:es|fue|son|era) (?:algo|una cosa|cosa) (?:minim[oa]|menor|sin importancia|insignificante|pequen[oa])|(?:es|son|resulta) (?:completamente|totalmente|perfectamente|del todo) normal(?:es)?(?! que (?:(?:usted|tu) )?(?:este|estes|se sienta|te sientas|quiera|quieras|pida|pidas|se enfade|te enfades|se moleste|te molestes|reclame|reclames))` },
      { pattern: `(?:solo|solamente|apenas|unicamente) (?:estuvo|estuvieron|ha estado|han estado|fue|fueron) (?:caid[oa]s?|fuera de servicio|sin servicio|inactiv[oa]s?|parad[oa]s?|cerrad[oa]s?) (?:durante )?(?:unos|unas|un par de|un|una|pocos|pocas|dos|tres) (?:pocos |pocas )?(?:minutos|horas|hora|dias|dia|momentos?)|(?:solo|solamente|apenas) (?:van|va|llegan|llega|vamos|estan|esta) (?:con )?(?:unos|unas|un par de|un|una|pocos|pocas|dos|tres) (?:pocos |pocas )?(?:minutos|horas|dias|dia|semanas?) (?:atrasad[oa]s?|tarde|de retraso|de demora)|(?:es|fue|ha sido) (?:un|una) (?:${TROUBLE_M}|${TROUBLE_F}) (?:${SMALL_M}|${SMALL_F}|sin importancia)(?= ?[.!,;]| ?$| y )` },
      { pattern: `(?:podria|pudo) haber sido (?:mucho )?peor|al menos (?:ya )?(?:le|te|lo|la|el pedido|el paquete)? ?(?:llego|ha llegado|recibio|recibiste|ha recibido|has recibido|tiene|tienes)|(?:esta|estas) exagerando|no (?:hay|tiene|tienes) (?:de )?(?:que|por que) (?:preocuparse|preocuparte|alarmarse|alarmarte|enfadarse|enfadarte)|(?:es|fue|son) (?:algo|un caso) (?:puntual|aislado|excepcional)(?= ?[.!,;]| ?$)|(?:esto|eso) (?:casi nunca|rara vez|apenas) (?:pasa|ocurre|sucede)` },
      // El problema empequeñecido por un adjetivo: "hubo un leve retraso", "tras una breve interrupción", "un error menor".
      { pattern: `(?:un|una|unos|unas|el|la|este|esta|algun|alguna) (?:muy )?(?:${SMALL_M}|${SMALL_F}) (?:retraso|error|problema|fallo|inconveniente|despiste|contratiempo|malentendido|imprevisto|percance|descuido|lio|corte|demora|incidencia|equivocacion|confusion|molestia|interrupcion|caida|falla|espera|averia|desajuste)s?|(?:un|una|unos|unas) (?:retraso|error|problema|fallo|inconveniente|despiste|contratiempo|malentendido|imprevisto|percance|descuido|corte|demora|incidencia|equivocacion|confusion|molestia|interrupcion|caida|falla|espera|averia)s? (?:leves?|menor(?:es)?|minim[oa]s?|pequen[oa]s?|insignificantes?|sin importancia|sin mayor importancia)(?! para (?:nosotros|mi))` },
      { pattern: `(?:solo|apenas|tan solo|solamente) (?:son|es|fue|fueron|cuesta|costo|supone|supuso|hay) (?:unos |unas )?(?:[0-9]+(?:[.,][0-9]+)?|un|una|dos|tres|cuatro|cinco|unos pocos|unas pocas) (?:euros?|centimos|pesos|dolares|libras|minutos|horas|dias)(?: de (?:diferencia|retraso|demora|espera|mas))?` },
      { pattern: `no (?:es|fue|ha sido|era|parece) (?:grave|serio|preocupante|algo grave|algo serio)(?= ?[.!,;:]| ?$| y )` },
      // Cantidades empequeñecidas: "fue apenas un retraso de 25 minutos", "son solo dos de doce", "la mayoría ni lo nota".
      { pattern: `(?:es|fue|ha sido|era|son|fueron|se trata de|se trato de) (?:solo|apenas|tan solo|solamente|unicamente) (?:un|una) (?:retraso|demora|espera|corte|interrupcion|caida|parada) de (?:unos |unas |solo |apenas )?[0-9a-z]+ (?:minutos|horas|dias|segundos|semanas)|(?:son|es|fue|fueron|afecta|afecto|afectan|afectaron) (?:a )?(?:solo|apenas|solamente|unicamente|tan solo) (?:dos|tres|cuatro|un par de|unos pocos|unas pocas|uno|una|[0-9]+) (?:[a-z]+ )?de (?:[0-9]+|[a-z]+(?:enta|cientos|ce)|seis|siete|ocho|nueve|diez|veinte|cien|miles|muchos|muchas|todos|todas)|(?:la mayoria|casi todos|casi todas)(?: de (?:los|las|nuestros|nuestras) [a-z]+)? (?:ni )?(?:siquiera )?(?:lo |se )?(?:nota|notan|noto|notaron|percibe|perciben|dan cuenta|da cuenta|entera|enteran)|(?:solo|puramente|meramente|simplemente) (?:estetic|cosmetic)[oa]s?|apenas (?:se nota|se aprecia|se ve|perceptible|visible|notable)|(?:es|fue|era)? ?nada (?:grave|serio|preocupante|importante)(?= ?[.!,;:]| ?$| y )` },
    ],
    guards: {
      before: [
        '(?:no|nunca|ni)(?: [^ ]+){0,1} ?',
        '(?:incluso|hasta|ante|si hay|si hubiera|en caso de|cualquier) ',
        '(?:se que|sabemos que|entiendo que|entendemos que|aunque|aun si|incluso si|parece que|pueda parecer que|puede parecer que|creas que|crea que|pienses que|piense que)(?: [^ ]+){0,2} ?',
      ],
      after: [' ?\\?', ' para (?:nosotros|mi),? pero', ' (?:en teoria|sobre el papel|en si mism[oa]|a simple vista),? pero'],
    },
  },

  redirect: {
    entries: [
      // "Debe contactar con su banco" → "Me encargo de contactar con su banco"
      { pattern: `${MUST_INF} ${INF}(?: directamente)? (?:con|a) (${DEST})(?: directamente)?`, rewrites: [{ text: 'me encargo de contactar con $1' }] },
      { pattern: `${MUST_INF} ${INF}(?: directamente)? al (${DEST})(?: directamente)?`, rewrites: [{ text: 'me encargo de contactar con el $1' }] },
      // "Le recomendamos que contacte con…", "Diríjase a su banco", "Póngase en contacto con la mensajería"
      { pattern: `(?:(?:le|te|les) (?:recomendamos|recomiendo|sugerimos|sugiero|aconsejamos|aconsejo|pedimos|pido|rogamos|ruego) (?:que )?|por favor,? |es necesario que |sera necesario que |debera |tendra que )?${IMPER}(?: (?:usted|directamente))? (?:con|a) (${DEST})(?: directamente)?`, rewrites: [{ text: 'me encargo de contactar con $1' }] },
      { pattern: `(?:(?:le|te|les) (?:recomendamos|recomiendo|sugerimos|sugiero|aconsejamos|aconsejo|pedimos|pido|rogamos|ruego) (?:que )?|por favor,? )?${IMPER}(?: (?:usted|directamente))? al (${DEST})(?: directamente)?`, rewrites: [{ text: 'me encargo de contactar con el $1' }] },
      { pattern: `(?:${MUST_INF} )?(?:${INF}|${IMPER}) directamente (?:con|a) ((?:el|la|su|tu|sus|tus|los|las) [a-z]+(?: [a-z]+)?)`, rewrites: [{ text: 'me encargo de contactar con $1' }] },
      { pattern: `(?:esto|eso|este asunto|esta (?:consulta|incidencia|reclamacion)|este (?:tema|problema)) (?:lo )?(?:debe|tiene que|tendra que|deberia) (?:gestionarlo|gestionarla|resolverlo|resolverla|gestionar|resolver|tramitar|tramitarlo|verlo)? ?(?:con|el|la|usted con) ${DEST}` },
      // "Lleve la reclamación al fabricante", "podéis plantearles el problema", "lo tienes que pedir a Apple".
      { pattern: `(?:lleve|lleva|llevad|dirija|dirige|presente|presenta|traslade|traslada|plantee|plantea) (?:la|su|tu|sus|tus|vuestra) (?:reclamacion|queja|consulta|incidencia|solicitud|garantia)(?:es|s)?(?: de [a-z]+)? (?:directamente )?(?:al|a|ante|con) ${DEST}|(?:${MUST_INF}|puede|puedes|podeis|pueden|podes) (?:plantear|comentar|trasladar|escribir|reclamar|exponer)(?:le|les)(?= (?:el|la|su|tu|vuestro|vuestra|a) )|(?:lo|la|los|las) (?:tiene|tienes|tendra|tendras|debe|debes) que (?:pedir|solicitar|reclamar|tramitar|gestionar) (?:a|al|con|en) ${DEST}|(?:puede|puedes|podeis|podes|tendra que|tendras que|tiene que|tienes que|debe|debes) (?:abrir|presentar|poner) (?:una )?(?:reclamacion|disputa|queja|incidencia) (?:al|a|ante|con) ${DEST}` },
      { pattern: `no (?:es|sera) (?:competencia|asunto|responsabilidad) (?:nuestra|nuestro|de este departamento|de nuestro departamento)|no nos (?:corresponde|compete) (?:a nosotros )?(?:gestionar|resolver|tramitar)?|(?:no (?:gestionamos|tramitamos|llevamos) (?:este tipo de|estas|estos) (?:consultas|incidencias|temas|asuntos|reclamaciones))|se ha equivocado de (?:departamento|servicio)|te has equivocado de (?:departamento|servicio)` },
      { pattern: `(?:levante|levanta|levantar|haga|haz|hacer|realice|realiza|realizar|presente|presenta|presentar|abra|abre|abrir|inicie|inicia|iniciar|interponga|interpon|interponer) (?:una |un |la |el |su |tu )?(?:aclaracion|reporte|disputa|reclamacion|contracargo|queja|denuncia) (?:directamente )?(?:con|ante|en|a) ${DEST}` },
      // "Puede contactar con su banco" (report only: the customer may well be the one to act).
      { pattern: `(?:puede|puedes|podes|podeis|pueden|podria|podrias|podrian)(?: usted)? (?:${INF}) (?:directamente )?(?:con|a|al) ${DEST}` },
      // "¿Has probado a llamar a la mensajería?"
      { pattern: `(?:has|ha|habeis|han) probado (?:a|con) (?:llamar|contactar|escribir|hablar|comunicarte|comunicarse|ponerte en contacto|ponerse en contacto|reclamar|consultar)` },
      // "Cualquier cobro lo tienes que aclarar directamente con ellos".
      { pattern: `(?:lo|la|los|las|esto|eso) (?:tiene|tienes|tendra|tendras|debe|debes|debera|deberas|deberia|deberias|tendria|tendrias|tenes) que (?:${INF}) (?:usted |tu |vos )?(?:directamente )?(?:con|a|al|en|ante) ${DEST}` },
      // "Te pido que le escribas directamente" (le/les: someone else).
      { pattern: `(?:le|les) (?:escriba|escribas|escribi|escribe|escriban|llame|llames|llama|llamen|contacte|contactes|contacta|contacten|reclame|reclames|reclama|consulte|consultes|consulta|pregunte|preguntes|pregunta)(?: (?:usted|vos|tu))? directamente` },
      // "Acérquese a una sucursal", "pásate por una de nuestras tiendas".
      { pattern: `(?:acerquese|acercate|acercarse|acercarte|acercaos|pasese|pasate|pasarse|pasarte|acuda|acude|acudir|vaya|ve|ir|visite|visita|visitar|dirijase|dirigete|dirigite|dirigirse|presentese|presentate|presentarse) (?:a|por|en) (?:la|una|su|tu|alguna|uno de (?:nuestros|los)|una de (?:nuestras|las)|cualquiera de (?:nuestras|nuestros|las|los)|nuestras?|nuestros|el|un) (?:[a-z]+ )?(?:sucursal(?:es)?|oficinas?|tiendas?|centros? de (?:atencion|servicio)|puntos? de (?:venta|atencion)|agencias?|ventanillas?|delegacion(?:es)?|mostrador|comisaria|consulado|embajada|farmacia|centro de salud|hospital|clinica|taller|concesionario)` },
    ],
    guards: {
      before: [
        '(?:si (?:lo )?(?:prefiere|prefieres|prefieren|preferis|desea|deseas|desean|quiere|quieres|quieren|necesita|necesitas)|si (?:le|te) (?:resulta|es) mas (?:comodo|facil|rapido)|alternativamente)[^.!?;]{0,60}',
        '(?:si (?:lo )?(?:prefiere|prefieres|desea|deseas|quiere|quieres)|alternativamente|mientras tanto|mientras|(?:yo )?(?:me encargo|me encargare|nos encargamos|nos encargaremos)|voy a|vamos a|he|hemos|puedo|podemos)(?: [^ ]+){0,4} ?',
        '(?:no|nunca|ya no) (?:(?:tiene|tienes|necesita|necesitas|hace falta|es necesario|debe|debes)(?: que)? )?',
      ],
      after: [' ?(?:por (?:usted|ti)|en su nombre|en tu nombre|con usted|contigo|de su parte|de tu parte)'],
    },
  },
};
