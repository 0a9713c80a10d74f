import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../core/access/roles';
import { api } from '../../api-client';

export const userKeys = {
  all: ['users'] as const,
  list: (organisationId?: string) => ['users', 'list', organisationId ?? 'all'] as const,
};

export function useUsers(organisationId?: string) {
  return useQuery({
    queryKey: userKeys.list(organisationId),
    queryFn: async () => (await api.users.list(organisationId)).items,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useInviteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: api.users.invite, onSuccess: invalidate });
}

export function useDeactivateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: api.users.deactivate, onSuccess: invalidate });
}

export function useSetUserRoles() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) => api.users.setRoles(id, roles),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: api.users.resetPassword, onSuccess: invalidate });
}
