/**
 * An asker's personal data on a question, as columns: what erasing writes, and how to find a question that
 * still holds some. The retention job and the asker's own withdrawal erase the same list.
 */
export const ERASED_PERSONAL_DATA = {
  name: "",
  phone: "",
  area: "",
  notifyEmail: "",
  notifyPhone: false,
  publishName: false,
  deviceId: null,
} as const;

export const HAS_PERSONAL_DATA = {
  OR: [
    { name: { not: "" } },
    { phone: { not: "" } },
    { area: { not: "" } },
    { notifyEmail: { not: "" } },
    { notifyPhone: true },
    { deviceId: { not: null } },
  ],
};
