/**
 * Units admin. GET /api/v1/units (every signed-in user) answers `UnitView[]`;
 * PUT /api/v1/units/:code/aliases (admin, audited) takes `UnitAliasesUpdate` and answers the `UnitView`.
 * The worker's unit directory picks up a change at once (Redis pub/sub on `UNITS_CHANGED_CHANNEL`).
 */
export interface UnitView {
  code: string;
  facility: string;
  name: string;
  aliases: string[];
}

export interface UnitAliasesUpdate {
  /** Up to 20, each 1…40 characters, unique ignoring case, not another unit's code or alias. */
  aliases: string[];
}

export const UNIT_ALIAS_LIMITS = { maxAliases: 20, maxLength: 40 } as const;

/** Suffix of the Redis pub/sub channel (after the deployment's key prefix and ':'). */
export const UNITS_CHANGED_CHANNEL = 'units-changed';

/**
 * Fair auto-assignment of new service complaints, per facility. GET /api/v1/facilities/settings
 * answers `FacilitySettings[]`; PUT /api/v1/facilities/:facility/settings (admin, audited) takes
 * `FacilitySettingsUpdate`. When on, each new service complaint goes round-robin to the online
 * PX members (presence registry) who hold fewer than `openItemCap` open items; none free → unassigned.
 */
export interface FacilitySettings {
  facility: string;
  autoAssign: boolean;
  openItemCap: number;
}

export type FacilitySettingsUpdate = Omit<FacilitySettings, 'facility'>;

/**
 * The PX team a coordinator may assign items to. GET /api/v1/team (px, admin) answers the active
 * users of role px or admin, by name; no emails, no units.
 */
export interface TeamMemberView {
  id: string;
  name: string;
  role: 'px' | 'admin';
}
