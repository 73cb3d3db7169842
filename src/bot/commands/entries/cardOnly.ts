/** Actions that exist only as card buttons: introductions asked for and answered, the results' next page, the tenant admin's consent. */
import { z } from 'zod';
import { RESULTS_MORE_VERB, resultsMoreAction } from '../../admin/resultsCommands.js';
import { RELATIONSHIP_CONSENT_VERB } from '../../dialogs/relationshipIntelligence/relationshipStatus.js';
import { command } from '../command.js';

/** An optional text input: Teams sends an empty string for a box left empty. */
const optionalText = z.string().max(10_000).optional().transform((text) => (text === '' ? undefined : text));

const introRequestData = z.object({
  introducer: z.string().min(1).max(320),
  // "who knows jane@…" has no account id when no account owns jane's domain: the person suffices.
  accountId: optionalText,
  person: optionalText,
  note: optionalText,
}).refine((data) => data.accountId !== undefined || data.person !== undefined, { message: 'an account or a person' });

export const requestIntro = command({
  id: 'requestIntro',
  audience: 'seller',
  card: {
    verb: 'requestIntro',
    data: introRequestData,
    act: async (data, turn) => ({
      notice: await turn.services.introductions.request({
        accountId: data.accountId ?? '', introducer: data.introducer,
        ...(data.person ? { person: data.person } : {}), ...(data.note ? { note: data.note } : {}),
      }, turn.asker, turn.catalog),
    }),
  },
});

const introAnswerData = z.object({ requestId: z.string().min(1).max(200), note: optionalText });

/** The colleague's answer to an introduction request: the request's card is replaced by the outcome. */
function introAnswer<K extends 'introAccept' | 'introDecline'>(id: K, accepted: boolean) {
  return command({
    id,
    audience: 'seller',
    card: {
      verb: id, data: introAnswerData,
      act: async (data, turn) => ({ replaceWith: await turn.services.introductions.answer(data.requestId, accepted, data.note, turn.asker, turn.catalog) }),
    },
  });
}

export const introAccept = introAnswer('introAccept', true);
export const introDecline = introAnswer('introDecline', false);

/** Card data is untrusted: anything but a whole, non-negative offset shows the first page. */
const resultsPage = z.object({ offset: z.coerce.number().int().nonnegative().catch(0).default(0) });

export const resultsMore = command({
  id: 'resultsMore',
  audience: 'admin',
  card: {
    verb: RESULTS_MORE_VERB, data: resultsPage,
    act: (data, turn) => resultsMoreAction({ store: turn.services.store }, data, turn.catalog),
  },
});

export const relationshipConsent = command({
  id: 'relationshipConsent',
  audience: 'admin',
  card: {
    verb: RELATIONSHIP_CONSENT_VERB,
    data: z.object({}).loose(),
    // The identifiable-insights consent is the tenant admins' to give, who need not be Rapport's admins.
    checksItsOwnAccess: true,
    act: async (_data, turn) => turn.services.admin?.consentAction(turn.asker, turn.catalog) ?? { notice: turn.catalog.t('error.generic') },
  },
});
