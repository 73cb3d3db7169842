/** A bot with alert delivery over the test adapter, its store and outbox in a temp dir, for tests of snooze, mute and alert cards. */
import { AlertDelivery } from '../../../src/bot/delivery/alertDelivery.js';
import { openDeliveryStore, type DeliveryStore } from '../../../src/store/delivery/deliveryStore.js';
import { AS_OF, silentLog, storeWithInsights, type TestStore } from './fixtures.js';
import { Conversation } from './teamsTestAdapter.js';

export interface DeliveryBot {
  env: TestStore;
  delivery: DeliveryStore;
  bot: Conversation;
  dispose(): Promise<void>;
}

/** The clock stands at the demo's AS_OF. */
export async function botWithDelivery(): Promise<DeliveryBot> {
  const env = await storeWithInsights();
  const delivery = await openDeliveryStore(env.dir);
  const bot = await Conversation.start(env.store, () => AS_OF, [], {
    delivery: (adapter) => new AlertDelivery({ adapter, appId: '', store: env.store, delivery, log: silentLog, thresholdDays: 60, now: () => AS_OF }),
  });
  return {
    env, delivery, bot,
    async dispose() {
      await delivery.close();
      await env.dispose();
    },
  };
}
