import { createHmac } from 'node:crypto';
import { AppError } from './app-error';
import type { OutboundSettings } from './context';
import { guardedPost } from './outbound-guard';

/*
 * Sending a signed webhook: one POST of a JSON body, signed with HMAC-SHA256 of the exact body bytes
 * when a secret is configured. Used by the armoury's overdue alerts and by incidents; each caller
 * keeps its own delivery state and retry policy.
 */

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

/**
 * POST the body through the outbound guard (use-cases/outbound-guard): refused destinations, a
 * redirect, a timeout or a non-2xx answer are failures. Null when the receiver answered 2xx, else
 * what went wrong.
 */
export async function sendWebhook(
  delivery: WebhookDelivery,
  settings: OutboundSettings,
): Promise<string | null> {
  try {
    const status = await guardedPost(
      {
        url: delivery.url,
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
      },
      settings,
    );
    if (status >= 300 && status < 400) return `HTTP ${status}: redirects are not followed`;
    return status >= 200 && status < 300 ? null : `HTTP ${status}`;
  } catch (e) {
    if (e instanceof AppError) return `${e.code}: ${e.message}`;
    return e instanceof Error ? e.message : String(e);
  }
}
