/**
 * What the client does when the server crashes: restart it, at most `maxRestarts` times within
 * `windowMs`, and tell the user once, not on every crash. Pure (no vscode import) so that it is tested alone.
 */
export interface RestartDecision {
  restart: boolean;
  /** The one message for the user, or undefined to stay quiet. */
  message?: string;
}

/** The two messages, in the user's language (the extension passes `vscode.l10n.t` ones). */
export interface RestartMessages {
  restarted: string;
  gaveUp(crashes: number, minutes: number): string;
}

export const ENGLISH_RESTART_MESSAGES: RestartMessages = {
  restarted:
    'The Sub-processor Inventory server stopped unexpectedly and was restarted. If it happens again, see the output channel "Sub-processor Inventory".',
  gaveUp: (crashes, minutes) =>
    `The Sub-processor Inventory server stopped ${crashes} times in ${minutes} minutes and will not be restarted. Reload the window to try again; details are in the output channel "Sub-processor Inventory".`,
};

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly messages: RestartMessages = ENGLISH_RESTART_MESSAGES,
  ) {}

  /** Called when the connection to the server closed unexpectedly, at `now` (ms). */
  onClosed(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    const restart = this.crashes.length <= this.maxRestarts;
    let message: string | undefined;
    if (!this.told) {
      this.told = true;
      message = restart ? this.messages.restarted : undefined;
    }
    if (!restart) {
      message = this.messages.gaveUp(this.crashes.length, Math.round(this.windowMs / 60000));
    }
    return { restart, message };
  }
}
