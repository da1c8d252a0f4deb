import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  webhooksCreate,
  webhooksDelete,
  webhooksDeliveriesGet,
  webhooksDeliveriesList,
  webhooksDeliveriesRedeliver,
  webhooksGet,
  webhooksList,
  webhooksPing,
  webhooksRotateSecret,
  webhooksUpdate,
  type DeliveryStatus,
  type WebhookCreate,
  type WebhookEventType,
  type WebhookPatch,
} from '@/api/generated';

/** Every event type a webhook may subscribe to, in the order the form lists them. */
export const EVENT_TYPES: WebhookEventType[] = [
  'ticket.created',
  'ticket.updated',
  'ticket.commented',
  'ticket.status_changed',
  'ticket.resolved',
  'ticket.closed',
  'ticket.assigned',
  'sla.breached',
];

const KEY = ['webhooks'] as const;

export function useWebhooks() {
  return useQuery({
    queryKey: KEY,
    queryFn: async () => (await webhooksList({ throwOnError: true })).data.items,
  });
}

export function useWebhook(id: number) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: async () => (await webhooksGet({ path: { webhook_id: id }, throwOnError: true })).data,
  });
}

export function useDeliveries(id: number, status: DeliveryStatus | null, cursor: string | null) {
  return useQuery({
    queryKey: [...KEY, id, 'deliveries', status, cursor],
    queryFn: async () =>
      (
        await webhooksDeliveriesList({
          path: { webhook_id: id },
          query: { status: status ?? undefined, cursor: cursor ?? undefined, limit: 25 },
          throwOnError: true,
        })
      ).data,
    placeholderData: keepPreviousData,
    // Pending deliveries change under the reader's eyes: look again while any is pending.
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 3000 : false),
  });
}

export function useDelivery(webhookId: number, deliveryId: number | null) {
  return useQuery({
    queryKey: [...KEY, webhookId, 'delivery', deliveryId],
    enabled: deliveryId !== null,
    queryFn: async () =>
      (
        await webhooksDeliveriesGet({
          path: { webhook_id: webhookId, delivery_id: deliveryId ?? 0 },
          throwOnError: true,
        })
      ).data,
  });
}

function useWebhookMutation<V, R>(run: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateWebhook = () =>
  useWebhookMutation(async (body: WebhookCreate) => (await webhooksCreate({ body, throwOnError: true })).data);

export const useUpdateWebhook = () =>
  useWebhookMutation(async (v: { id: number; body: WebhookPatch }) =>
    (await webhooksUpdate({ path: { webhook_id: v.id }, body: v.body, throwOnError: true })).data);

export const useDeleteWebhook = () =>
  useWebhookMutation(async (id: number) => {
    await webhooksDelete({ path: { webhook_id: id }, throwOnError: true });
  });

export const useRotateSecret = () =>
  useWebhookMutation(async (id: number) => (await webhooksRotateSecret({ path: { webhook_id: id }, throwOnError: true })).data);

export const usePing = () =>
  useWebhookMutation(async (id: number) => (await webhooksPing({ path: { webhook_id: id }, throwOnError: true })).data);

export const useRedeliver = () =>
  useWebhookMutation(async (v: { webhookId: number; deliveryId: number }) =>
    (
      await webhooksDeliveriesRedeliver({
        path: { webhook_id: v.webhookId, delivery_id: v.deliveryId },
        throwOnError: true,
      })
    ).data);
