/**
 * English strings of the conversational layer: replies the command registry's handlers give,
 * help's topics, "what's new", and the Teams app package's name, descriptions and command menu.
 * Commands themselves (what people type) are the registry's phrases (src/bot/commands/).
 */
export const commandMessages = {
  // How a command is quoted in help, menus and messages
  'commands.quoted': '“{phrase}”',

  // Replies
  'commands.noSetupTitle': 'No setup under way',
  'commands.noSetup': 'There is nothing to cancel or go back to right now.',
  'commands.notAvailableTitle': 'Coming in a later version',
  'commands.noDataTitle': 'Waiting for the first run',
  'commands.noAccountTitle': 'No account matched',
  'commands.severalAccounts': 'Several accounts match “{name}”.',
  'commands.badAction': 'That button belongs to an older card and no longer works. Ask me again for a fresh one.',
  'commands.attentionTitle': 'Accounts that need attention: no email or meeting for over {days, plural, one {# day} other {# days}}',
  'commands.countTooMany': 'You asked for {requested}; I show at most {max} at a time.',
  'commands.countTooFew': 'I show at least one account.',
  'commands.alertsOffTitle': 'Alerts are off',
  'commands.alertsOff': 'Rapport sends no alerts here, so there is nothing to snooze or mute.',
  'commands.unmuted': 'You’ll hear about {account} again when it goes quiet.',
  'commands.notMuted': '{account} was not muted, so nothing changed.',

  // Help topics (the examples are the registry's phrases)
  'commands.help.whatsNew': 'What changed since you last asked',
  'commands.help.alerts': 'Pausing or muting an account’s alerts',
  'commands.help.introductions': 'Whether colleagues may ask you for introductions',

  // What's new
  'commands.whatsNew.title': 'What’s new',
  'commands.whatsNew.first': 'This is where your accounts stand. Ask again after the next run and I’ll show what changed.',
  'commands.whatsNew.since': 'Since you last asked, on {date}',
  'commands.whatsNew.quietNow': 'Going quiet',
  'commands.whatsNew.noneQuiet': '{count, plural, one {Your account is not going quiet.} other {None of your # accounts is going quiet.}}',
  'commands.whatsNew.noNewRun': 'There are no new results since then. Ask again after the next run.',
  'commands.whatsNew.newlyStale': 'Gone quiet',
  'commands.whatsNew.backToLife': 'Active again',
  'commands.whatsNew.moves': 'Biggest score changes',
  'commands.whatsNew.up': '{points, plural, one {Score up # point, now {score}} other {Score up # points, now {score}}}',
  'commands.whatsNew.down': '{points, plural, one {Score down # point, now {score}} other {Score down # points, now {score}}}',
  'commands.whatsNew.nothing': '{count, plural, one {Nothing changed for your account.} other {Nothing changed for your # accounts.}}',
  'commands.whatsNew.noAccounts': 'What’s new covers the accounts you own or watch, and you have none yet. Say “{command}” to start.',

  // The Teams app package: what Teams shows in its store and command menu
  'manifest.name.short': 'Rapport',
  'manifest.name.full': 'Rapport – account engagement',
  'manifest.description.short': 'How engaged your accounts are, and who knows whom, from Office 365 metadata.',
  'manifest.description.full': 'Rapport measures how engaged each customer account is and who in your company knows someone there. It reads only mail and meeting metadata (senders, recipients, times; never bodies or attachments) from the mailboxes an admin chooses, and scores every account by month, week and year. Ask it in chat: {examples}. Watch an account to be told when it goes quiet. Admins set Rapport up with {adminExamples}.',
  'manifest.command.engagement': 'Engagement score and trend of an account, for example {example}',
  'manifest.command.whoKnows': 'Colleagues who know someone at an account, for example {example}',
  'manifest.command.relationship': 'Relationship health, contacts and recent activity, for example {example}',
  'manifest.command.whatsNew': 'What changed among your accounts since you last asked',
  'manifest.command.needsAttention': 'Accounts that need your attention now',
  'manifest.command.staleAccounts': 'Accounts with no recent email or meeting',
  'manifest.command.topAccounts': 'The most engaged accounts, for example {example}',
  'manifest.command.segment': 'Accounts matching a filter, for example {example}',
  'manifest.command.watch': 'Get an alert when an account goes quiet, for example {example}',
  'manifest.command.help': 'What Rapport can answer and how to ask',
  'manifest.command.configureEngagement': 'Admins: choose the mailboxes, customer dataset and schedule of enrichment runs',
} as const satisfies Record<string, string>;
