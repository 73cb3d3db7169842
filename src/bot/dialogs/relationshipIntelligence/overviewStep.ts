/** Step 1: what who-knows-whom and relationship health are, and the consent rules. */
import { RELATIONSHIP_CONSENT_DAYS } from '../../../jobs/admin/relationshipPolicy.js';
import type { RelationshipStepFactory } from './answers.js';

export const overviewStep: RelationshipStepFactory = () => ({
  id: 'overview',
  render: (_answers, { catalog }) => ({
    title: catalog.t('ri.overview.title'),
    paragraphs: [
      catalog.t('ri.overview.whoKnows'),
      catalog.t('ri.overview.health'),
      catalog.t('ri.overview.consent'),
      catalog.t('ri.overview.deadline', { days: RELATIONSHIP_CONSENT_DAYS }),
    ],
  }),
  submit: async (_input, answers) => ({ answers }),
});
