// The `pressroom` command line as a function: the same in a terminal and in a test. Commands load only what they use.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isLanguage, LANGUAGES, TARGET_LANGUAGES, type Language, type TargetLanguage } from '../release.ts';
import { DEFAULT_CONCURRENCY, ENGLISH_VARIANTS, type EnglishVariant } from '../translate/deepl-settings.ts';
import { errorFile, printReports, problemFile, type Console } from '../problems.ts';

function languages(value: string): Language[] {
  const list = value.split(',').map((part) => part.trim()).filter(Boolean);
  const wrong = list.filter((part) => !isLanguage(part));
  if (wrong.length > 0 || list.length === 0) throw new InvalidArgumentError(`languages are ${LANGUAGES.join(', ')}; got ${value}`);
  return [...new Set(list)] as Language[];
}

function targetLanguages(value: string): TargetLanguage[] {
  const list = languages(value);
  if (list.includes('it')) throw new InvalidArgumentError(`it is the source language; translate into ${TARGET_LANGUAGES.join(', ')}`);
  return list as TargetLanguage[];
}

function english(value: string): EnglishVariant {
  const variant = ENGLISH_VARIANTS.find((candidate) => candidate === value);
  if (!variant) throw new InvalidArgumentError(`English is ${ENGLISH_VARIANTS.join(' or ')}; got ${value}`);
  return variant;
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError(`not a whole number of 1 or more: ${value}`);
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError(`not a port number: ${value}`);
  return number;
}

function instant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError(`not a date and time: ${value} (use ISO 8601, like 2025-09-26T12:00:00+02:00)`);
  return date;
}

export interface ProgramContext {
  io: Console;
  /** Where DEEPL_AUTH_KEY and the like are read. */
  env: NodeJS.ProcessEnv;
  /** Where progress bars are drawn (when it is a TTY). */
  terminal?: NodeJS.WriteStream;
  /** Told before a command that builds (build, dev) starts: the process may set its heap up for a build. */
  building?: () => void;
}

/** Run `pressroom <argv>` and give back its exit code; every problem is printed as one line on `io`. */
export async function runPressroom(argv: string[], { io, env, terminal, building }: ProgramContext): Promise<number> {
  const program = new Command('pressroom')
    .description('Publish Italian press releases in Italian, English and Japanese.')
    .option('-C, --root <dir>', 'project directory holding releases/ and locales/', '.')
    .showHelpAfterError()
    // Commander's own words (help, usage errors) go where ours go, and it returns instead of exiting.
    .configureOutput({ writeOut: (text) => io.log(text.replace(/\n$/, '')), writeErr: (text) => io.error(text.replace(/\n$/, '')) })
    .exitOverride();
  const root = () => program.opts<{ root: string }>().root;
  let code = 0;

  program
    .command('build')
    .description('render releases/ and locales/ into out/: pages, wire text, indexes')
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--private <dir>', 'where embargoed wire text and ninjs go, for agencies; never serve it publicly (default: package.json pressroom.privateDir, else out-private/ beside out/)')
    .option('--lang <list>', 'languages to build, comma-separated', languages, [...LANGUAGES])
    .option('--now <iso>', 'the clock for embargoes (default: now)', instant)
    .option('--base-url <url>', 'public address of out/ (default: package.json pressroom.baseUrl)')
    .option('--strict', 'missing or stale translations are errors, not warnings', false)
    .option('--english <variant>', 'English of machine translations when DEEPL_AUTH_KEY is set: en-GB or en-US', english, 'en-GB')
    .option('--jobs <n>', 'threads rendering releases (default: the number of cores)', positive)
    .option('--timings', 'print stage timings, files written and peak memory as JSON on stderr', false)
    .option('--watch', 'keep running: build again when releases/ or locales/ change and at each embargo lift or scheduled publication', false)
    .action(async (options: { out: string; private?: string; lang: Language[]; now?: Date; baseUrl?: string; strict: boolean; english: EnglishVariant; jobs?: number; timings: boolean; watch: boolean }) => {
      building?.();
      const settings = {
        root: root(),
        out: options.out,
        private: options.private,
        languages: options.lang,
        baseUrl: options.baseUrl,
        strict: options.strict,
        english: options.english,
        jobs: options.jobs,
        timings: options.timings,
        env,
      };
      if (options.watch) {
        if (options.now) {
          printReports([problemFile('', '--watch publishes by the system clock; leave out --now', 'usage')], io);
          code = 2;
          return;
        }
        const { runBuildWatch } = await import('./commands/build-watch.ts');
        code = await runBuildWatch(settings, io);
        return;
      }
      const { runBuild } = await import('../publish/build.ts');
      code = (await runBuild({ ...settings, now: options.now ?? new Date() }, io)).exitCode;
    });

  program
    .command('dev')
    .description('preview the site while you edit: builds into .pressroom/dev/, serves it, reloads pages on every change, shows problems over the page')
    .option('--port <port>', 'port to listen on', port, 4174)
    .option('--host <host>', 'interface to listen on (releases under embargo are shown only on loopback)', '127.0.0.1')
    .option('--lang <list>', 'languages to build, comma-separated', languages, [...LANGUAGES])
    .option('--jobs <n>', 'threads rendering releases (default: the number of cores)', positive)
    .action(async (options: { port: number; host: string; lang: Language[]; jobs?: number }) => {
      building?.();
      const { runDev } = await import('./commands/dev.ts');
      code = await runDev({ root: root(), port: options.port, host: options.host, languages: options.lang, jobs: options.jobs }, io);
    });

  program
    .command('translate')
    .description('translate segments with no current translation through DeepL (DEEPL_AUTH_KEY) into locales/<lang>/releases/')
    .option('--lang <list>', 'target languages, comma-separated', targetLanguages, [...TARGET_LANGUAGES])
    .option('--release <id...>', 'only these releases (default: all)')
    .option('--dry-run', 'print the characters that would be billed, per release and language, and send nothing', false)
    .option('--english <variant>', 'English variant: en-GB or en-US', english, 'en-GB')
    .option('--concurrency <n>', 'requests to DeepL in flight at once', positive, DEFAULT_CONCURRENCY)
    .action(async (options: { lang: TargetLanguage[]; release?: string[]; dryRun: boolean; english: EnglishVariant; concurrency: number }) => {
      const { runTranslate } = await import('../project/translate-run.ts');
      code = await runTranslate(
        {
          root: root(),
          languages: options.lang,
          releases: options.release,
          dryRun: options.dryRun,
          english: options.english,
          concurrency: options.concurrency,
          env,
          now: () => new Date(),
          terminal,
        },
        io,
      );
    });

  program
    .command('import')
    .description('turn agency plain text into releases/<id>.md with front matter')
    .argument('<file>', 'plain-text release, paragraphs separated by blank lines')
    .option('--id <id>', 'release id (default: from the title)')
    .option('--title <text>', 'headline (default: a headline line above the text)')
    .option('--subtitle <text>', 'subheadline')
    .addOption(new Option('--date <iso>', 'release date with offset, like 2025-09-26T10:00:00+02:00 (default: now)'))
    .action(async (file: string, options: { id?: string; title?: string; subtitle?: string; date?: string }) => {
      const { runImport } = await import('./commands/import.ts');
      code = await runImport(file, { root: root(), ...options, now: new Date() }, io);
    });

  program
    .command('quotes')
    .description('list the quotations of Italian releases or plain-text files, with speakers and roles')
    .argument('<files...>', 'releases (.md, with or without front matter), agency plain text (.txt), or directories of them')
    .option('--json', 'print one line of JSON per file: {"file", "quotes":[{id, text, parts, speaker: {name, role} or null, paragraph}]}', false)
    .action(async (files: string[], options: { json: boolean }) => {
      const { runQuotes } = await import('./commands/quotes.ts');
      code = await runQuotes(files, options, io);
    });

  program
    .command('status')
    .description('per release and language: segments done, machine, reviewed, stale, missing')
    .option('--lang <list>', 'translation languages, comma-separated', targetLanguages, [...TARGET_LANGUAGES])
    .option('--json', 'print JSON instead of a table', false)
    .action(async (options: { lang: TargetLanguage[]; json: boolean }) => {
      const { runStatus } = await import('./commands/status.ts');
      code = await runStatus({ root: root(), languages: options.lang, json: options.json }, io);
    });

  program
    .command('check')
    .description('translation QA: missing, stale, unreviewed, numbers, markup, speakers, glossary, spacing, punctuation, length')
    .option('--lang <list>', 'translation languages, comma-separated', targetLanguages, [...TARGET_LANGUAGES])
    .option('--release <id...>', 'only these releases')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { lang: TargetLanguage[]; release?: string[]; format: 'text' | 'json' }) => {
      const { runCheck } = await import('./commands/check.ts');
      code = await runCheck({ root: root(), languages: options.lang, releases: options.release, format: options.format }, io);
    });

  const xliff = program.command('xliff').description('exchange translations with CAT tools as XLIFF 2.0');

  xliff
    .command('export')
    .description('write the translation memory of one language as XLIFF 2.0, one <file> per release')
    .requiredOption('--lang <lang>', 'translation language (en or ja)', (value: string) => {
      const [language, ...more] = targetLanguages(value);
      if (more.length > 0) throw new InvalidArgumentError('one language per XLIFF file: en or ja');
      return language!;
    })
    .option('--release <id...>', 'only these releases (default: all)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: { lang: TargetLanguage; release?: string[]; output?: string }) => {
      const { runXliffExport } = await import('./commands/xliff.ts');
      code = await runXliffExport({ root: root(), language: options.lang, releases: options.release, output: options.output }, io);
    });

  xliff
    .command('import')
    .description('read an XLIFF 2.0 file back into the translation memory; refused whole if any unit no longer fits')
    .argument('<file>', 'an XLIFF 2.0 file made by pressroom xliff export')
    .option('--reviewer <name>', 'who reviewed the imported units (default: your user name)')
    .action(async (file: string, options: { reviewer?: string }) => {
      const { runXliffImport } = await import('./commands/xliff.ts');
      code = await runXliffImport(file, { root: root(), reviewer: options.reviewer, now: new Date() }, io);
    });

  program
    .command('review')
    .description('serve the reviewers\' web UI: the Italian beside editable English and Japanese')
    .option('--port <port>', 'port to listen on', port, 4173)
    .option('--host <host>', 'interface to listen on; beyond loopback an access token is always required', '127.0.0.1')
    .option('--token <token>', 'access token reviewers must present, at least 128 bits (made and printed when off loopback and not given)')
    .option('--reviewer <name>', 'name recorded on saves when the reviewer gives none (default: your user name)')
    .option('--reviewers <file>', 'each reviewer\'s own token, which names them (default: reviewers.yaml in the project, when it exists; never commit it)')
    .action(async (options: { port: number; host: string; token?: string; reviewer?: string; reviewers?: string }) => {
      const { runReview } = await import('./commands/review.ts');
      code = await runReview({ root: root(), port: options.port, host: options.host, token: options.token, reviewer: options.reviewer, reviewers: options.reviewers }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    printReports([errorFile(error)], io);
    return 2;
  }
}
