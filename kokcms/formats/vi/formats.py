"""Vietnamese dates: "ngày 01 tháng 12 năm 2026" in lower case (it stands inside a sentence, after
"…on:"), short dates with slashes: "18/07/2025" (Django: "Ngày 01 …", "18-07-2025")."""

DATE_FORMAT = r"\n\gà\y d \t\há\n\g n \nă\m Y"
SHORT_DATE_FORMAT = "d/m/Y"
