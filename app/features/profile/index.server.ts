/** The deployment profile's door (server): loading it at start, reading it, the admin's edit. */
export {
  PROFILE_TTL_MS,
  getProfile,
  initProfile,
  loadProfile,
  profileIsSet,
  readProfileFile,
  reminderDaysBefore,
  retentionMonths,
  saveProfile,
} from "./profile.server.ts";
