import { createHmac } from 'node:crypto';

/*
 * Sending a signed webhook: one POST of a JSON body, signed with HMAC-SHA256 of the exact body bytes
 * when a secret is configured. Used by the armoury's overdue alerts and by incidents; each caller
 * keeps its own delivery state and retry policy.
 */

const WEBHOOK_TIMEOUT_MS = 5_000;

/** Minutes to wait before each further delivery attempt; after the last, the delivery has failed. */
export const WEBHOOK_RETRY_MINUTES = [1, 5, 15, 60] as const;

/** The signature a receiver checks: HMAC-SHA256 of the exact body bytes with the shared secret. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface WebhookDelivery {
  readonly url: string;
  readonly secret: string | null;
  /** X-Custodia-Event, e.g. armoury.issue.overdue. */
  readonly event: string;
  /** X-Custodia-Delivery: unique per attempt, so a receiver can discard repeats. */
  readonly deliveryId: string;
  readonly body: string;
}

/** POST the body; null when the receiver answered 2xx, else what went wrong. */
export async function sendWebhook(delivery: WebhookDelivery): Promise<string | null> {
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Custodia-Webhook/1',
        'x-custodia-event': delivery.event,
        'x-custodia-delivery': delivery.deliveryId,
        ...(delivery.secret
          ? { 'x-custodia-signature': signWebhookBody(delivery.secret, delivery.body) }
          : {}),
      },
      body: delivery.body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
