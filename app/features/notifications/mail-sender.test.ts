import { describe, expect, it } from "vitest";
import { mailSender } from "./mail-sender.ts";

describe("mailSender", () => {
  it("shows the site's name with MAIL_FROM's address", () => {
    expect(mailSender("Lắng nghe <ln@hdnd.example>", "Cổng Cần Thơ")).toEqual({
      name: "Cổng Cần Thơ",
      address: "ln@hdnd.example",
    });
    expect(mailSender("ln@hdnd.example", "X")).toEqual({ name: "X", address: "ln@hdnd.example" });
  });
});
