// Wire types the armoury use-cases return (from the contracts, so routes and CLI agree).
export type { IssueRecord } from '../../contracts/armoury';
export type { LedgerEntry } from '../../contracts/registry';
