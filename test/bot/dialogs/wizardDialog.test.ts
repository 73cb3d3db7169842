import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { WizardDialog, type WizardStep } from '../../../src/bot/dialogs/wizardDialog.js';

type Answers = { name?: string; size?: string };

const steps: WizardStep<Answers>[] = [
  {
    id: 'name',
    render: (answers) => ({ title: 'Name', inputs: [{ kind: 'text', id: 'name', label: 'Name', value: answers.name ?? '' }] }),
    submit: async (input, answers) => {
      const name = String(input.name ?? input.text ?? '').trim();
      return name ? { answers: { ...answers, name } } : { error: 'A name is needed.' };
    },
  },
  {
    id: 'size',
    render: (answers) => ({ title: `Size for ${answers.name}`, inputs: [{ kind: 'text', id: 'size', label: 'Size', value: answers.size ?? '' }] }),
    submit: async (input, answers) => ({ answers: { ...answers, size: String(input.size ?? input.text ?? '') } }),
  },
];

/** A name step whose next step's card passes Teams' limit for one name. */
const oversized: WizardStep<Answers>[] = [
  steps[0]!,
  { ...steps[1]!, render: (answers) => ({ title: 'Size', paragraphs: [answers.name === 'Huge' ? 'x'.repeat(40_000) : 'Fine'] }) },
];

function client(saved: Answers[], wizardSteps = steps) {
  const dialog = new WizardDialog<Answers>({ id: 'demoWizard', steps: wizardSteps, finish: async (answers) => { saved.push(answers); return [{ text: `Saved ${answers.name}` }]; } });
  return new DialogTestClient('msteams', dialog);
}

type Item = { type: string; text?: string; id?: string; value?: string; items?: Item[] };
type Card = { body: Item[]; actions: { data: { action: string } }[] };
const cardOf = (reply: unknown): Card => (reply as { attachments: { content: Card }[] }).attachments[0]!.content;
const texts = (card: Card) => card.body.flatMap((item) => item.items ?? [item]).filter((item) => item.type === 'TextBlock').map((item) => item.text);
const submit = (step: string, action: string, inputs: Record<string, string> = {}) => ({ type: 'message', value: { wizard: 'demoWizard', step, action, ...inputs } });

describe('WizardDialog', () => {
  it('walks the steps, refuses bad input with the error on the same step, and finishes', async () => {
    const saved: Answers[] = [];
    const test = client(saved);
    let card = cardOf(await test.sendActivity('configure'));
    expect(texts(card)).toEqual(['Step 1 of 2', 'Name']);
    expect(card.actions.map((action) => action.data.action)).toEqual(['next', 'cancel']);
    card = cardOf(await test.sendActivity(submit('name', 'next', { name: '  ' })));
    expect(texts(card)).toEqual(['Step 1 of 2', 'Name', 'A name is needed\\.']);
    card = cardOf(await test.sendActivity(submit('name', 'next', { name: 'Contoso' })));
    expect(texts(card)).toEqual(['Step 2 of 2', 'Size for Contoso']);
    expect(card.actions.map((action) => action.data.action)).toEqual(['back', 'save', 'cancel']);
    expect((await test.sendActivity('12')).text).toBe('Saved Contoso');
    expect(saved).toEqual([{ name: 'Contoso', size: '12' }]);
  });

  it('goes back with the answers kept and never applies an old card', async () => {
    const test = client([]);
    await test.sendActivity('configure');
    await test.sendActivity('Fabrikam');
    const note = await test.sendActivity(submit('name', 'next', { name: 'Old' }));
    expect(note.text).toMatch(/earlier step/);
    expect(texts(cardOf(test.getNextReply()))).toEqual(['Step 2 of 2', 'Size for Fabrikam']);
    const back = cardOf(await test.sendActivity('back'));
    expect(back.body.flatMap((item) => item.items ?? [item]).find((item) => item.id === 'name')?.value).toBe('Fabrikam');
  });

  it('cancels from any step and saves nothing', async () => {
    const saved: Answers[] = [];
    const test = client(saved);
    await test.sendActivity('configure');
    await test.sendActivity('Litware');
    const reply = await test.sendActivity(submit('size', 'cancel'));
    expect(JSON.stringify(reply.attachments)).toMatch(/Nothing was saved/);
    expect(test.dialogTurnResult.status).toBe('complete');
    expect(saved).toEqual([]);
  });

  it('reads typed text as written in a channel: without the @mention, an address without its link', async () => {
    const saved: Answers[] = [];
    const test = client(saved);
    await test.sendActivity('configure');
    await test.sendActivity('<at>Rapport</at> <a href="mailto:ann@contoso.com">ann@contoso.com</a>');
    expect((await test.sendActivity('<at>Rapport</at>  12')).text).toBe('Saved ann@contoso.com');
    expect(saved).toEqual([{ name: 'ann@contoso.com', size: '12' }]);
  });

  it('takes a typed cancel or back with an @mention and punctuation', async () => {
    const test = client([]);
    await test.sendActivity('configure');
    await test.sendActivity('Contoso');
    expect(texts(cardOf(await test.sendActivity('<at>Rapport</at> Back?')))).toEqual(['Step 1 of 2', 'Name']);
    const reply = await test.sendActivity('<at>Rapport</at> cancel.');
    expect(JSON.stringify(reply.attachments)).toMatch(/Nothing was saved/);
    expect(test.dialogTurnResult.status).toBe('complete');
  });

  it('says so when a step’s card cannot be shown, and keeps the wizard and its answers', async () => {
    const test = client([], oversized);
    await test.sendActivity('configure');
    const failed = await test.sendActivity('Huge');
    expect(failed.text).toBe('Rapport could not show this step: its card is too large or not valid. Your answers are kept: say “back” to change the previous answer, or “cancel” to stop.');
    expect(test.dialogTurnResult.status).toBe('waiting');
    const back = cardOf(await test.sendActivity('back'));
    expect(back.body.flatMap((item) => item.items ?? [item]).find((item) => item.id === 'name')?.value).toBe('Huge');
    expect(texts(cardOf(await test.sendActivity('Small')))).toEqual(['Step 2 of 2', 'Size', 'Fine']);
  });
});
