/**
 * What a command prints when it stops. A mistake in the owner's files or a problem with the disk is
 * told in one sentence naming the path; only a fault in the program itself earns a stack trace,
 * because only then is the trace any use (to whoever reports the bug).
 */
const systemReasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something is already there (a file where a folder belongs?)',
  ENOTEMPTY: 'the folder is not empty',
  EBUSY: 'it is busy (a mount point, or open in another program)',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** Errors a command stops on deliberately: their message is complete as it is. */
export class CommandStopped extends Error {
  override name = 'CommandStopped';
}

export function describeFailure(error: unknown, root?: string): string {
  if (error instanceof CommandStopped || (error instanceof Error && error.name === 'ProjectLockedError')) {
    return error.message;
  }
  const system = error as NodeJS.ErrnoException & { dest?: string };
  const reason = system?.code ? systemReasons[system.code] : undefined;
  if (reason) {
    const path = system.path ? shown(system.path, root) : undefined;
    const target = system.dest ? ` → ${shown(system.dest, root)}` : '';
    return `${path ? `${system.syscall ?? 'access'} ${path}${target}` : (system.syscall ?? 'a file operation')}: ${reason} (${system.code}).`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function shown(path: string, root: string | undefined): string {
  return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
