// One conversation with a worker: hand it a request (its buffers transferred, not copied), hear its
// replies until one settles the answer. Every way out (the answer, a failure, a reply that cannot be
// deserialised, or `signal` aborting because the visitor moved on) stops the worker at once and
// hears nothing more from it. The dataset reader and the reference-layer reader both talk so.

/** What a reply comes to: the answer, or nothing yet (a batch or a progress report). */
export type ReplyHandler<Reply, Answer> = (reply: Reply) => { answer: Answer } | undefined;

export function askWorker<Request, Reply, Answer>(
  startWorker: () => Worker,
  request: Request,
  transfer: Transferable[],
  onReply: ReplyHandler<Reply, Answer>,
  /** Names the worker in an error, e.g. "the dataset reader". */
  workerName: string,
  signal?: AbortSignal,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = startWorker();
    const finish = (settle: () => void) => {
      worker.terminate();
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => finish(() => reject(signal?.reason));
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const settled = onReply(data);
      if (settled !== undefined) finish(() => resolve(settled.answer));
    };
    worker.onerror = (event) => finish(() => reject(new Error(`${workerName} stopped: ${event.message}`)));
    worker.onmessageerror = () => finish(() => reject(new Error(`a reply from ${workerName} could not be deserialised`)));
    worker.postMessage(request, transfer);
  });
}
