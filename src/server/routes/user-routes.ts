import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common';
import {
  CreateUserRequest,
  CreateUserResponse,
  ListUsersQuery,
  OneTimeLink,
  SetRolesRequest,
  User,
  UserList,
} from '../../contracts/users';
import type { Context } from '../../use-cases/context';
import { createUser } from '../../use-cases/create-user';
import { listUsers } from '../../use-cases/list-users';
import { deactivateUser, issuePasswordReset, setUserRoles } from '../../use-cases/manage-user';
import { actorOf, requestInfo } from '../authentication';
import { withErrors } from './responses';

export function userRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Accounts the caller may see',
          querystring: ListUsersQuery,
          response: withErrors({ 200: UserList }),
        },
      },
      async (request) => ({ items: await listUsers(ctx, actorOf(request), request.query.organisationId) }),
    );

    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Invite a user (one-time link)',
          body: CreateUserRequest,
          response: withErrors({ 201: CreateUserResponse }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createUser(ctx, actorOf(request), request.body, requestInfo(request))),
    );

    app.post(
      '/users/:id/deactivation',
      {
        schema: {
          tags: ['users'],
          summary: 'Deactivate an account and end its sessions',
          params: IdParams,
          response: withErrors({ 200: User }),
        },
      },
      async (request) => deactivateUser(ctx, actorOf(request), request.params.id, requestInfo(request)),
    );

    app.put(
      '/users/:id/roles',
      {
        schema: {
          tags: ['users'],
          summary: "Replace a user's roles",
          params: IdParams,
          body: SetRolesRequest,
          response: withErrors({ 200: User }),
        },
      },
      async (request) =>
        setUserRoles(ctx, actorOf(request), request.params.id, request.body.roles, requestInfo(request)),
    );

    app.post(
      '/users/:id/password-reset',
      {
        schema: {
          tags: ['users'],
          summary: 'Issue a one-time password reset link',
          params: IdParams,
          response: withErrors({ 200: OneTimeLink }),
        },
      },
      async (request) => issuePasswordReset(ctx, actorOf(request), request.params.id, requestInfo(request)),
    );
  };
}
