/** An episode's statuses and the kinds its lists hold (client-safe, no validation library). */
export const EPISODE_STATUSES = ["planned", "live", "ended", "concluded", "closed"] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

/** Allowed status moves. Going back one step corrects a mistaken click. */
export const EPISODE_TRANSITIONS: Record<EpisodeStatus, EpisodeStatus[]> = {
  planned: ["live"],
  live: ["ended", "planned"],
  ended: ["concluded", "live"],
  concluded: ["closed", "ended"],
  closed: ["concluded"],
};

export const PLATFORM_KINDS = ["tv", "youtube", "fanpage", "website", "radio", "other"] as const;
export const PERSON_ROLES = ["speaker", "guest", "host"] as const;
