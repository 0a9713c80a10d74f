import { describe, expect, it } from 'vitest';
import { FIREARM_STATUS_LABELS, FIREARM_STATUSES, isFirearmStatus } from './firearm-statuses';
import { FIREARM_TYPE_DEFINITIONS, FIREARM_TYPES, findFirearmType, isFirearmType } from './firearm-types';
import { MARKING_KIND_DEFINITIONS, MARKING_KINDS, isMarkingKind } from './marking-kinds';

describe('firearm types', () => {
  it('maps every type the UN list names to "small arm" (UN Panel 1997; ITI para 4)', () => {
    const named = FIREARM_TYPES.filter((type) => FIREARM_TYPE_DEFINITIONS[type].isNamedInUnList);
    expect(named).toEqual([
      'revolver',
      'pistol',
      'rifle',
      'carbine',
      'submachine-gun',
      'assault-rifle',
      'light-machine-gun',
    ]);
    for (const type of named) {
      expect(FIREARM_TYPE_DEFINITIONS[type].unCategory).toBe('small-arm');
      expect(FIREARM_TYPE_DEFINITIONS[type].unListGroup).not.toBeNull();
    }
  });

  it('marks the shotgun as a small arm by inference, not as named in the list', () => {
    expect(FIREARM_TYPE_DEFINITIONS.shotgun).toMatchObject({
      unCategory: 'small-arm',
      isNamedInUnList: false,
      unListGroup: null,
    });
    expect(FIREARM_TYPE_DEFINITIONS.shotgun.source).toMatch(/not named/);
  });

  it('leaves the category of "other" to a person', () => {
    expect(FIREARM_TYPE_DEFINITIONS.other.unCategory).toBeNull();
  });

  it('labels every type in Spanish and English, under its own key', () => {
    for (const type of FIREARM_TYPES) {
      expect(FIREARM_TYPE_DEFINITIONS[type].type).toBe(type);
      expect(FIREARM_TYPE_DEFINITIONS[type].label.es).not.toBe('');
      expect(FIREARM_TYPE_DEFINITIONS[type].label.en).not.toBe('');
    }
  });

  it.each([
    ['revolver', 'revolver'],
    ['Revólver', 'revolver'],
    ['PISTOLA', 'pistol'],
    ['Escopeta', 'shotgun'],
    ['Submachine gun', 'submachine-gun'],
    ['sub-machine gun', 'submachine-gun'],
    ['SMG', 'submachine-gun'],
    ['Subametralladora', 'submachine-gun'],
    ['Fusil de asalto', 'assault-rifle'],
    ['assault_rifle', 'assault-rifle'],
    ['Ametralladora ligera', 'light-machine-gun'],
    ['Rifle', 'rifle'],
    ['Carabina', 'carbine'],
    ['Otra', 'other'],
  ])('reads %j as %s', (written, type) => {
    expect(findFirearmType(written)).toBe(type);
  });

  it('finds no type for a word that is not one', () => {
    expect(findFirearmType('grenade launcher')).toBeUndefined();
    expect(findFirearmType('')).toBeUndefined();
    expect(isFirearmType('Pistol')).toBe(false);
    expect(isFirearmType('pistol')).toBe(true);
  });
});

describe('firearm statuses and marking kinds', () => {
  it('labels the nine statuses in both languages', () => {
    expect(FIREARM_STATUSES).toHaveLength(10);
    for (const status of FIREARM_STATUSES) {
      expect(FIREARM_STATUS_LABELS[status].es).not.toBe('');
      expect(FIREARM_STATUS_LABELS[status].en).not.toBe('');
    }
    expect(isFirearmStatus('in-store')).toBe(true);
    expect(isFirearmStatus('sold')).toBe(false);
  });

  it('labels the four marking kinds and cites where each comes from', () => {
    expect(MARKING_KINDS).toEqual(['manufacture', 'import', 'state', 'psc-secondary']);
    for (const kind of MARKING_KINDS) {
      expect(MARKING_KIND_DEFINITIONS[kind].kind).toBe(kind);
      expect(MARKING_KIND_DEFINITIONS[kind].label.es).not.toBe('');
      expect(MARKING_KIND_DEFINITIONS[kind].source).toMatch(/ITI|Protocol|ISACS|UNLIREC/);
    }
    expect(isMarkingKind('import')).toBe(true);
    expect(isMarkingKind('proof')).toBe(false);
  });
});
