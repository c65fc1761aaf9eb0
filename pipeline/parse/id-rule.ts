// What a release id may be, alone: read by the parse, and by the build's main thread and the desk, which must not load
// the YAML reader and the schema to ask it.
export const RELEASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An id names folders and files (out/<lang>/<id>/, locales/<lang>/releases/<id>.json.lock.…), each at most 255 bytes. */
export const MAX_ID_LENGTH = 200;

/** Whether a release can build under `id`. */
export const isReleaseId = (id: string): boolean => RELEASE_ID.test(id) && id.length <= MAX_ID_LENGTH;
