namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// The clinic documents the format tests read: every layout feature the readers must handle, in small files.
internal static class SampleDocuments
{
    public const string HyphenatedWord = "anaesthesiologists";

    // Three pages: a running header and page numbers on every page; page 1 a hyphenated line, a list and a table;
    // page 2 two columns and a paragraph that runs over onto page 3; page 3 ends with a scanned image.
    public static PdfFixture Aftercare() => new PdfFixture
    {
        Title = "Aftercare instructions",
        RunningHeader = "Riverside Clinic · Aftercare instructions",
        Footer = "Page {0} of {1}",
    }
        .Page(p => p
            .Heading("Aftercare instructions", 20)
            .Paragraph("After your ketamine session you rest in a quiet recovery room while our nurses and " + HyphenatedWords, hyphenate: true)
            .Heading("What to bring", 13)
            .Bullets("A friend or relative who can drive you home, because you must not drive for the rest of the day.",
                "Comfortable clothes and a light snack for after the session.")
            .Heading("Medicines before your session", 13)
            .Table(["Medication", "When to stop", "Why"], ["Ibuprofen", "2 days before", "Bleeding risk"], ["Lamotrigine", "Ask your doctor", "Weaker effect"]))
        .Page(p => p
            .Heading("The first day at home", 13)
            .Columns(
                ["Most patients feel tired and a little detached for a few hours after their session, and this is expected.",
                    "Drink plenty of water and eat a light meal in the evening before you go to bed early."],
                ["Call the clinic on 555 0100 if you feel confused or unwell the next morning, or if the nausea lasts more than a day.",
                    "Our nurses answer the phone every day between eight in the morning and eight in the evening."])
            .Heading("Driving and work", 13)
            .Paragraph("Do not drive, cycle or operate machinery until the morning after your session, and plan to take the rest of the day off work so that"))
        .Page(p => p
            .Paragraph("you can recover in peace; most patients are back at work the following day.")
            .ScannedImage(300));

    // A Word version of a preparation sheet: title in the properties, styled headings, lists and a table.
    public static DocxFixture Preparation() => new DocxFixture { Title = "Preparing for your infusion" }
        .TitleParagraph("Preparing for your infusion")
        .Heading("Fasting")
        .Paragraph("Please do not eat anything for six hours before your infusion, but you may drink clear fluids until two hours before.")
        .Heading("What to bring")
        .Bullets("Your photo identification and insurance card.", "A list of the medicines you take, with their doses.")
        .Heading("On the day")
        .Numbered("Arrive fifteen minutes early to complete your check-in forms.", "A nurse measures your blood pressure and heart rate before we start.")
        .Table(["Time", "Step"], ["08:00", "Check-in at the front desk"], ["08:15", "Blood pressure and heart rate"]);

    private const string HyphenatedWords = HyphenatedWord + " watch your blood pressure, heart rate and breathing until the effects have worn off completely.";
}
