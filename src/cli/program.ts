// The command-line shell: commander wiring, the shared options, and the one place where errors
// become messages and exit codes. Commands plug in as `runX(args, options, io) → exit code`.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { Lang } from '../i18n/messages.js';
import { t, tKey, ui, type UiKey } from '../i18n/ui.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The language asked for on the command line, read before commander so help is translated too. */
export function langOf(argv: string[]): string {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  return argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : (argv[i + 1] ?? 'vi');
}

function globals(cmd: Command, lang: Lang, io: Io): GlobalOptions {
  const o = cmd.optsWithGlobals<{ plan?: string; color?: boolean; cache?: boolean }>();
  return {
    plan: o.plan,
    lang,
    color: io.isTTY && o.color !== false && !io.env.NO_COLOR,
    cache: o.cache !== false && !io.env.DCS_NO_CACHE,
  };
}

function build(lang: Lang, io: Io, setCode: (code: number) => void): Command {
  // Commander's own words (placeholders, "[options]") in the language of the rest of the help.
  const a = (name: string): string => (lang === 'vi' ? (ARG_NAMES[name] ?? name) : name);
  const program = new Command('dcs')
    .usage(t(lang, 'help.usage.program'))
    .description(t(lang, 'help.description'))
    .version(VERSION, '-v, --version', t(lang, 'help.version'))
    .helpOption('-h, --help', t(lang, 'help.help'))
    .helpCommand(`help [${lang === 'vi' ? 'lệnh' : 'command'}]`, t(lang, 'help.helpCommand'))
    .option(`--plan <${a('dir')}>`, t(lang, 'help.plan'))
    .option(`--lang <${a('lang')}>`, t(lang, 'help.lang'))
    .option('--no-color', t(lang, 'help.noColor'))
    .option('--no-cache', t(lang, 'help.noCache'))
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .configureHelp({
      styleTitle: (s) => (`help.title.${s}` in ui[lang] ? tKey(lang, `help.title.${s}` as UiKey, {}) : s),
      subcommandTerm: (c) => `${c.name()} ${c.usage()}`,
    });

  program
    .command('check')
    .description(t(lang, 'help.check'))
    .argument(`[${a('files')}...]`, t(lang, 'help.check.files'))
    .option(`--format <${a('format')}>`, t(lang, 'help.check.format'))
    .option('--strict', t(lang, 'help.check.strict'))
    .option('--verbose', t(lang, 'help.check.verbose'))
    .action(
      async (
        files: string[],
        opts: { format?: string; strict?: boolean; verbose?: boolean },
        cmd: Command,
      ) => {
        // Each command's code is loaded only when it runs: `dcs --help` pays for none of them.
        const { runCheck } = await import('./check.js');
        setCode(await runCheck(files, { ...globals(cmd, lang, io), ...opts }, io));
      },
    );

  program
    .command('tasks')
    .description(t(lang, 'help.tasks'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.tasks.unit'))
    .option(`--format <${a('format')}>`, t(lang, 'help.tasks.format'))
    .action(async (opts: { unit?: string; format?: string }, cmd: Command) => {
      const { runTasks } = await import('./tasks.js');
      setCode(await runTasks({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('due')
    .description(t(lang, 'help.due'))
    .option(`--as-of <${a('date')}>`, t(lang, 'help.due.asOf'))
    .option(`--within <${a('days')}>`, t(lang, 'help.due.within'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.due.unit'))
    .option('--all', t(lang, 'help.due.all'))
    .option('--fail-on-overdue', t(lang, 'help.due.failOnOverdue'))
    .option(`--format <${a('format')}>`, t(lang, 'help.due.format'))
    .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runDue } = await import('./due.js');
      setCode(await runDue({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('remind')
    .alias('don-doc')
    .description(t(lang, 'help.remind'))
    .option(`--period <${a('id')}>`, t(lang, 'help.remind.period'))
    .option(`--as-of <${a('date')}>`, t(lang, 'help.remind.asOf'))
    .option(`--format <${a('format')}>`, t(lang, 'help.remind.format'))
    .action(async (opts: Record<string, string | undefined>, cmd: Command) => {
      const { runRemind } = await import('./remind.js');
      setCode(await runRemind({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('history')
    .description(t(lang, 'help.history'))
    .option(`--year <${a('year')}>`, t(lang, 'help.history.year'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.history.unit'))
    .option(`--as-of <${a('date')}>`, t(lang, 'help.history.asOf'))
    .option(`--format <${a('format')}>`, t(lang, 'help.due.format'))
    .action(async (opts: Record<string, string | undefined>, cmd: Command) => {
      const { runHistory } = await import('./history.js');
      setCode(await runHistory({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('ics')
    .description(t(lang, 'help.ics'))
    .option(`-o, --output <${a('file')}>`, t(lang, 'help.ics.output'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.ics.unit'))
    .option(`--from <${a('date')}>`, t(lang, 'help.ics.from'))
    .option(`--to <${a('date')}>`, t(lang, 'help.ics.to'))
    .option(`--alarm <${a('days')}>`, t(lang, 'help.ics.alarm'))
    .option(`--as-of <${a('date')}>`, t(lang, 'help.ics.asOf'))
    .option('--force', t(lang, 'help.force'))
    .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runIcs } = await import('./ics.js');
      setCode(await runIcs({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('receive')
    .alias('nhan')
    .description(t(lang, 'help.receive'))
    .argument(`[${a('files')}...]`, t(lang, 'help.receive.files'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.receive.unit'))
    .option(`--period <${a('id')}>`, t(lang, 'help.receive.period'))
    .option('--replace', t(lang, 'help.receive.replace'))
    .option('--commit', t(lang, 'help.receive.commit'))
    .action(async (files: string[], opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runReceive } = await import('./receive.js');
      setCode(await runReceive(files, { ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('template')
    .description(t(lang, 'help.template'))
    .option(`--period <${a('id')}>`, t(lang, 'help.template.period'))
    .option(`--unit <${a('id')}>`, t(lang, 'help.template.unit'))
    .option(`--format <${a('format')}>`, t(lang, 'help.template.format'))
    .option(`-o, --output <${a('dir')}>`, t(lang, 'help.template.output'))
    .option('--force', t(lang, 'help.force'))
    .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runTemplate } = await import('./template.js');
      setCode(await runTemplate({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('compile')
    .description(t(lang, 'help.compile'))
    .option(`--period <${a('id')}>`, t(lang, 'help.template.period'))
    .option(`-o, --output <${a('file')}>`, t(lang, 'help.compile.output'))
    .option(`--date <${a('date')}>`, t(lang, 'help.compile.date'))
    .option(`--number <${a('number')}>`, t(lang, 'help.compile.number'))
    .option('--force', t(lang, 'help.force'))
    .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runCompile } = await import('./compile.js');
      setCode(await runCompile({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('draft')
    .description(t(lang, 'help.draft'))
    .option(`--period <${a('id')}>`, t(lang, 'help.template.period'))
    .option(`-o, --output <${a('file')}>`, t(lang, 'help.draft.output'))
    .option(`--date <${a('date')}>`, t(lang, 'help.compile.date'))
    .option(`--number <${a('number')}>`, t(lang, 'help.draft.number'))
    .option('--force', t(lang, 'help.force'))
    .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { runDraft } = await import('./draft.js');
      setCode(await runDraft({ ...globals(cmd, lang, io), ...opts }, io));
    });

  program
    .command('init')
    .description(t(lang, 'help.init'))
    .argument(`[${a('dir')}]`)
    .option(`--ward <${a('name')}>`, t(lang, 'help.init.ward'))
    .option(`--start <${a('date')}>`, t(lang, 'help.init.start'))
    .action(async (dir: string | undefined, opts: { ward?: string; start?: string }, cmd: Command) => {
      const { runInit } = await import('./init.js');
      setCode(runInit(dir, { ...globals(cmd, lang, io), ...opts }, io));
    });

  program.addHelpText('after', examplesOf(lang, 'program'));
  for (const cmd of program.commands) {
    const args = cmd.registeredArguments.map((x) =>
      x.required ? `<${x.name()}>` : `[${x.name()}${x.variadic ? '...' : ''}]`,
    );
    cmd
      .usage([t(lang, 'help.usage.options'), ...args].join(' '))
      .helpOption('-h, --help', t(lang, 'help.help'))
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
    cmd.configureHelp(program.configureHelp());
    if (`examples.${cmd.name()}` in ui[lang]) cmd.addHelpText('after', examplesOf(lang, cmd.name()));
  }
  return program;
}

/** "Ví dụ:" and a command's examples, for the end of its help. */
function examplesOf(lang: Lang, name: string): string {
  const lines = tKey(lang, `examples.${name}` as UiKey, {}).split('\n');
  return `\n${t(lang, 'help.examples')}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** The Vietnamese names of option values and arguments in the help ("--plan <thư-mục>"). */
const ARG_NAMES: Record<string, string> = {
  dir: 'thư-mục',
  lang: 'ngôn-ngữ',
  format: 'định-dạng',
  id: 'mã',
  date: 'ngày',
  days: 'số-ngày',
  file: 'tệp',
  files: 'tệp',
  number: 'số',
  name: 'tên',
  year: 'năm',
};

function usageMessage(e: CommanderError, lang: Lang): string {
  const token = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const suggestion = /Did you mean ([^?]+)\?/.exec(e.message)?.[1]?.trim();
  const lines: string[] = [];
  switch (e.code) {
    case 'commander.unknownCommand':
      lines.push(t(lang, 'usage.unknownCommand', { token }));
      break;
    case 'commander.unknownOption':
      lines.push(t(lang, 'usage.unknownOption', { token }));
      break;
    case 'commander.optionMissingArgument':
    case 'commander.missingArgument':
      lines.push(t(lang, 'usage.missingArgument', { token }));
      break;
    case 'commander.excessArguments':
      lines.push(t(lang, 'usage.excessArguments', { token }));
      break;
    default:
      lines.push(t(lang, 'usage.generic', { detail: e.message.replace(/^error: /, '') }));
  }
  if (suggestion) lines.push(t(lang, 'usage.didYouMean', { suggestion }));
  lines.push(t(lang, 'usage.seeHelp'));
  return `dcs: ${lines.join('\n')}\n`;
}

/** Runs dcs with `argv` (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const asked = langOf(argv);
  const lang: Lang = asked === 'en' ? 'en' : 'vi';
  let code = 0;
  try {
    if (asked !== 'vi' && asked !== 'en') throw new UsageError('usage.badLang', { value: asked });
    const program = build(lang, io, (c) => {
      code = c;
    });
    // -V, commander's own default and what earlier versions took, still prints the version.
    if (argv[0] === '-V') argv = ['--version', ...argv.slice(1)];
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return e.exitCode === 0 ? 0 : 2;
      io.stderr(usageMessage(e, lang));
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`dcs: ${tKey(lang, e.key, e.params)}\n`);
      return 2;
    }
    io.stderr(`dcs: ${t(lang, 'internal', { detail: e instanceof Error ? e.message : String(e) })}\n`);
    if (io.env.DCS_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
