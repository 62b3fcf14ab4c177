import * as z from 'zod/mini';
import { CodeName, CommuneCode, Count, Email, Id, Instant, page, PageQuery, StrictInstant, SingleLine, Url } from './common.js';

export const ComptoirFormat = z.enum(['in-person', 'online']);
export type ComptoirFormat = z.infer<typeof ComptoirFormat>;
export const RegistrationState = z.enum(['open', 'full', 'closed']);
export type RegistrationState = z.infer<typeof RegistrationState>;

export const Venue = z.object({ name: z.string(), address: z.string(), commune: CodeName });
export type Venue = z.infer<typeof Venue>;

export const Comptoir = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  start: Instant,
  end: Instant,
  format: ComptoirFormat,
  venue: z.optional(Venue),
  /** Arrondissement of the venue (in-person comptoirs), for filtering and grouping. */
  arrondissement: z.optional(CodeName),
  onlineUrl: z.optional(Url),
  capacity: Count,
  seatsLeft: Count,
  /** `full` still takes registrations, on the waitlist; `closed` takes none. */
  registration: RegistrationState,
});
export type Comptoir = z.infer<typeof Comptoir>;

export const ComptoirPage = page(Comptoir);

export const ComptoirQuery = z.extend(PageQuery, {
  from: z.optional(StrictInstant),
  to: z.optional(StrictInstant),
  arrondissement: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{3}$/))),
  commune: z.optional(CommuneCode),
  format: z.optional(ComptoirFormat),
});
export type ComptoirQuery = z.infer<typeof ComptoirQuery>;

export const RegistrationRequest = z.object({ name: SingleLine(120), email: Email });
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

export const Registration = z.object({
  id: Id,
  /** Keep it: the dossier asks for it once the comptoir is attended. */
  code: z.string(),
  status: z.enum(['confirmed', 'waitlisted']),
});
export type Registration = z.infer<typeof Registration>;

/** A registration as the committee sees it: whether it was attended, and used by a dossier. */
export const AdminRegistration = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  code: z.string(),
  status: z.enum(['confirmed', 'waitlisted']),
  attended: z.boolean(),
  usedByDossier: z.boolean(),
  registeredAt: Instant,
});
export type AdminRegistration = z.infer<typeof AdminRegistration>;

export const AdminRegistrationPage = page(AdminRegistration);

export const AttendanceRequest = z.object({
  codes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(1000)),
});
export type AttendanceRequest = z.infer<typeof AttendanceRequest>;

/** Which codes were marked attended, and which matched no registration of this comptoir. */
export const AttendanceResult = z.object({ attended: z.array(z.string()), unknown: z.array(z.string()) });
export type AttendanceResult = z.infer<typeof AttendanceResult>;
