/**
 * Rows and items the page lists beside its sub-processors that are none (issue 22): a vendor the page says is not a
 * sub-processor, one it says is deactivated or no longer used, an item naming a kind of party and no vendor, a topic of
 * the page's policy set as a bold label. Each is left out and said, with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { unreadText } from './importWords';

const read = (text: string) => {
  const page = readPage(text, 'p.md');
  return { names: page.entries.map((e) => e.name ?? e.heading), said: page.unread.map((u) => unreadText(u, 'en')) };
};

test('a row or a note that says its vendor is not a sub-processor, or is deactivated or no longer used, gives no entry', () => {
  const en = read(
    [
      '# Sub-processors',
      '',
      '| Name | Purpose | Location | Notes |',
      '|---|---|---|---|',
      '| Nubo | Database | EU | |',
      '| Gatekey | Sign-in | US | Sign in with Gatekey is not a sub-processor: users authenticate directly with Gatekey. |',
      '| Bugwatch | Error tracking | US | Deactivated since June 2026 |',
      '| Countly Metrics | Analytics | US | No longer used |',
      '| Postiers | Email | US | Not used for EU customers |',
      '| Lumen | Search | US | Disabled by default |',
      '',
      'Note: Orbiton (sign-in) is listed for transparency. Orbiton is not a sub-processor; it acts as an independent controller.',
      '',
      '| Orbiton | Sign-in | US | |',
    ].join('\n'),
  );
  assert.deepEqual(en.names, ['Nubo', 'Postiers', 'Lumen']);
  assert.ok(en.said.some((s) => s.startsWith("'Gatekey': the page says it is not a sub-processor")));
  assert.ok(en.said.some((s) => s.startsWith("'Bugwatch' (Deactivated since June 2026)")));
  const fr = read(
    [
      '# Registre des sous-traitants',
      '',
      '| Sous-traitant | Finalité | Pays | Statut |',
      '|---|---|---|---|',
      '| Nubo | Hébergement | France | Actif |',
      '| Compteur | Mesure d’audience | États-Unis | Désactivé |',
      '| Postiers | E-mails | France | Actif |',
      '| Notifio | Notifications | États-Unis | Non utilisé |',
      '| Lumen | Recherche | États-Unis | Désactivé par défaut |',
      '| Gatekey | Connexion | États-Unis | Actif |',
      '',
      'Remarque : Gatekey (connexion) n’est pas un sous-traitant : l’utilisateur s’authentifie directement auprès de lui.',
    ].join('\n'),
  );
  assert.deepEqual(fr.names, ['Nubo', 'Postiers', 'Lumen']);
});

test('an item the page describes as retired, deactivated or no longer used gives no entry; one still used does', () => {
  const en = read(
    [
      '# Privacy policy',
      '',
      '## Service providers',
      '',
      '- **Nubo** — hosting of the website (US).',
      '- **Chatterly** — retired in 2025; no longer used.',
      '- **Postiers** — email delivery (no longer used).',
      '- **Lumen** — search; not used for EU accounts.',
    ].join('\n'),
  );
  assert.deepEqual(en.names, ['Nubo', 'Lumen']);
  const fr = read(
    [
      '# Politique de confidentialité',
      '',
      '## Nos prestataires',
      '',
      '- **Nubo** — hébergement (France).',
      '- **Heatly** — désactivé depuis 2025.',
      '- **Postiers** — envoi des e-mails ; plus utilisé.',
      '- **Lumen** — recherche (données non utilisées pour l’entraînement).',
    ].join('\n'),
  );
  assert.deepEqual(fr.names, ['Nubo', 'Lumen']);
});

test('an item naming a kind of party by an article or a possessive and common nouns is no entry', () => {
  const en = read(
    [
      '# Privacy policy',
      '',
      '## Who receives your data',
      '',
      '- **Nubo** — hosting of the website (US).',
      '- **The event organiser** — receives your name and ticket details.',
      '- **Your employer** — if your account is managed by your company.',
      '- **The Trade Post** — newsletters (US).',
    ].join('\n'),
  );
  assert.deepEqual(en.names, ['Nubo', 'The Trade Post']);
  assert.ok(en.said.includes("item 'The event organiser': a kind of party, no vendor named"));
  const fr = read(
    [
      '# Politique de confidentialité',
      '',
      '## Destinataires',
      '',
      '- **Nubo** — hébergement (France).',
      '- **L’organisateur de l’événement** — reçoit vos nom et billet.',
      '- **Votre employeur** — si votre compte est géré par votre entreprise.',
      '- **La Poste** — envoi des courriers (France).',
    ].join('\n'),
  );
  assert.deepEqual(fr.names, ['Nubo', 'La Poste']);
});

test('bold labels of the page’s policy after the vendors are topics, no entries; a bold vendor with its role is one', () => {
  const en = read(
    [
      '# Our vendors',
      '',
      'We use the following sub-processors:',
      '',
      '- **Nubo** — payment processing (US).',
      '- **Postiers** — transactional email (US).',
      '',
      '## How we manage them',
      '',
      '- **Compliance** — we review each vendor’s SOC 2 report every year.',
      '- **Retention** — vendors delete data within 30 days of termination.',
      '- **Security** — All data is encrypted in transit and at rest.',
      '- **Watchdog** — monitoring of our servers (US).',
    ].join('\n'),
  );
  assert.deepEqual(en.names, ['Nubo', 'Postiers', 'Watchdog']);
  assert.ok(en.said.includes("item 'Compliance': a topic of the page's policy, not a party"));
  const fr = read(
    [
      '# Nos prestataires',
      '',
      'Nous faisons appel aux sous-traitants suivants :',
      '',
      '- **Nubo** — hébergement (France).',
      '- **Postiers** — envoi des e-mails (France).',
      '',
      '## Nos engagements',
      '',
      '- **Sécurité** — nous chiffrons les données au repos et en transit.',
      '- **Conformité** — nous vérifions chaque année les certifications de nos sous-traitants.',
      '- **Audit** — nous auditons nos prestataires une fois par an.',
    ].join('\n'),
  );
  assert.deepEqual(fr.names, ['Nubo', 'Postiers']);
});
