/** Spanish register detection: tú, usted, vosotros and voseo (what rewrites must keep). */
import { describe, expect, it } from 'vitest';
import { detectRegister, registerEvidence } from '../server/src/engine/locale';

describe('detectRegister', () => {
  it.each([
    ['Siento que tu pedido llegue tarde. Puedes escribirme cuando quieras.', 'tu'],
    ['Hola, recibirás tu pedido después del lunes. Además podrás verlo en tu cuenta.', 'tu'],
    ['Disculpe las molestias, su pedido llegará mañana. No dude en escribirnos.', 'usted'],
    ['Os pedimos disculpas: vuestro pedido llegará mañana. Podéis escribirnos cuando queráis.', 'vosotros'],
    ['Sentimos que tu pedido no llegó. Si querés, escribinos y te ayudamos. Podés ver el estado en la web.', 'voseo'],
    ['Vos sabés que acá estamos para ayudarte: fijate en el correo que te mandamos.', 'voseo'],
    ['Hemos revisado el envío.', 'tu'],
  ])('%s → %s', (text, register) => {
    expect(detectRegister(text)).toBe(register);
  });

  it('does not read words that start with "te", "ti" or "tu" as tú (usted replies got tú rewrites)', () => {
    expect(registerEvidence('Tendrá que llamar a la tienda, tiene tiempo hasta el lunes.').tu).toBe(0);
    expect(detectRegister('Tendrá que llamar al transportista para reclamar.')).toBe('usted');
  });

  it('reads usted imperatives with clitics and "su" + noun as usted ("Su licencia… Póngase…")', () => {
    expect(detectRegister('Su licencia ha caducado. Póngase en contacto con el distribuidor.')).toBe('usted');
    expect(detectRegister('Diríjase a la tienda más cercana y comuníquese con el encargado.')).toBe('usted');
    expect(detectRegister('Si lo prefiere, llámenos o escríbanos.')).toBe('usted');
    // tú forms of the same verbs, infinitives and gerunds are not usted.
    expect(detectRegister('Si lo prefieres, llámanos o escríbenos. Puedes ponerte en contacto cuando quieras.')).toBe('tu');
    expect(registerEvidence('Estamos comunicándose con el almacén para ponerse al día.').usted).toBe(0);
  });

  it('does not count adverbs and the tú future as voseo', () => {
    expect(registerEvidence('Además, recibirás más información después; podrás verla a través de la web.').voseo).toBe(0);
  });
});
