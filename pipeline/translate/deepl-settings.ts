// DeepL settings from the environment, apart from deepl-node so that a build without a key never loads it.

export type EnglishVariant = 'en-GB' | 'en-US';
export const ENGLISH_VARIANTS: EnglishVariant[] = ['en-GB', 'en-US'];

export interface DeepLSettings {
  authKey: string;
  /** Another DeepL-compatible server, from DEEPL_SERVER_URL; deepl-node picks api(-free).deepl.com otherwise. */
  serverUrl?: string;
  english: EnglishVariant;
  /**
   * Attempts per request, the first included. deepl-node itself retries 429, every 5xx and dropped or timed-out
   * connections with exponential back-off (1 s, 1.6 s, 2.56 s … ±23 %); its `maxRetries` counts attempts.
   */
  attempts: number;
  /** Milliseconds one attempt may take; with `attempts` this bounds a request at attempts × timeout plus back-off. */
  timeout: number;
}

export const DEFAULT_ATTEMPTS = 4;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Settings from the environment, or undefined when DEEPL_AUTH_KEY is not set. */
export function deeplSettings(env: NodeJS.ProcessEnv, english: EnglishVariant = 'en-GB'): DeepLSettings | undefined {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return undefined;
  const serverUrl = env.DEEPL_SERVER_URL?.trim() || undefined;
  return { authKey, serverUrl, english, attempts: DEFAULT_ATTEMPTS, timeout: DEFAULT_TIMEOUT_MS };
}

/** `text` with the user and password of every URL in it replaced by ***: a server URL may carry credentials. */
export function redactCredentials(text: string): string {
  return text.replace(/\/\/[^\s/?#@]+@/g, '//***@');
}

/** Requests in flight at once: DeepL recommends parallel requests, within reason. */
export const DEFAULT_CONCURRENCY = 4;
