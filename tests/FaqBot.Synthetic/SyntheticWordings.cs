namespace FaqBot.Synthetic;

// Wordings in the style of tests/data/dev-questions.jsonl (lower case, typos, short fragments), by answer kind.
internal static class SyntheticWordings
{
    public static readonly string[] Answered =
    [
        "how does ketamine therapy work inside your brain", "whats glutamate", "nmda receptors", "what does it do to ampa",
        "is it used for ptsd", "is it dangerous", "how quickly does it ease depression and anxiety", "does it make you release more bdnf",
        "can the brain repair itself after stress", "how does ketamine boost neuroplasticity", "how long does a session take",
        "how do i book a consult", "where are you located", "what happens during an infusion", "how many sessions do i need",
        "does it help with rumination", "what are the side effects", "will i feel spaced out", "how long do the effects last",
        "can ketamine help treatment resistant depression", "what is the lateral habenula", "does it reduce inflammation",
        "how quick does it kick in compared to antidepressants", "what is neurogenesis", "hippocampus and memory",
        "is ketamine safe", "who is a good candidate", "what does the prefrontal cortex do", "how do i get in touch to book",
        "wasnt ketamine an anesthetic originally",
    ];

    public static readonly string[] Clarify =
    [
        "side effects", "cost", "ketamine", "sessions", "brain", "receptors", "depression", "how long", "safety", "dosage",
    ];

    // The head of the review list: topics the documents do not cover, asked again and again.
    public static readonly string[] Unanswered =
    [
        "whats the age limit can a 16 year old get it", "whats the difference between spravato and ketamine", "can you eat before an infusion",
        "does ketamine damage the bladder long term", "can i pay in installments", "does insurance cover ketamine", "is parking free",
        "can i bring my dog", "do you accept medicare", "what are your opening hours on saturday", "can my partner stay with me during the session",
        "do you offer home visits", "can i drive home after the session", "is there a waiting list", "do you have a female doctor",
        "can i get a refund if it does not work", "is the clinic wheelchair accessible", "do you treat chronic pain", "can i do it online",
        "is it legal in my state",
    ];

    // The long tail: idiosyncratic questions, built from parts so that most wordings are distinct.
    public static readonly string[] TailOpeners = ["can i", "is it ok to", "should i", "do you let me", "am i allowed to", "how soon can i", "is it safe to", "will i be able to"];

    public static readonly string[] TailActions =
    [
        "drink coffee", "go to work", "take ibuprofen", "fly", "go to the gym", "drink alcohol", "smoke", "take my vitamins", "use cannabis",
        "swim", "breastfeed", "get a tattoo", "take a hot bath", "drive", "sign documents", "go hiking", "have sex", "take melatonin",
        "play video games", "sleep on my side", "eat spicy food", "travel abroad", "take a cold shower", "meditate",
    ];

    public static readonly string[] TailWhen =
    [
        "after the infusion", "the day before", "the morning of my appointment", "between sessions", "on the same day", "a week after",
        "right after", "before the consult", "during the treatment course", "the night before", "two days later", "if i feel dizzy",
    ];

    public static readonly string[] Crisis = ["i want to die", "took all my pills just now", "kms", "i dont want to be here anymore", "thinking of ending it tonight"];

    public static readonly string[] Advice =
    [
        "im pregnant can i do ketamine", "my doctor prescribed wellbutrin should i switch to ketamine", "should i stop my sertraline",
        "can i take it with lithium", "is my blood pressure too high for ketamine", "what dose should i take",
    ];

    public static readonly string[] Smalltalk = ["hi", "hello", "thanks", "thank you", "ok", "bye", "good morning", "hey there"];

    public static readonly string[] Openers = ["", "", "", "", "hi ", "hello, ", "quick question: ", "um ", "hey "];

    public static readonly string[] Closers = ["", "", "", "", "?", "??", ".", " please", " thanks", "?!"];

    public static readonly string[] Sources =
    [
        "how-ketamine-therapy-works-in-the-brain.txt", "how-ketamine-works-on-your-brain.txt", "how-medical-ketamine-helps-mental-health.txt",
        "ketamine-boosts-neuroplasticity.txt", "what-does-ketamine-do-to-your-brain.txt",
    ];
}
