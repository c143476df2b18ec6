namespace FaqBot.Core.Answering.Crisis;

/// <summary>
/// The United States resources in English and Spanish, used for any locale the configuration does not set: 988
/// Suicide &amp; Crisis Lifeline (call or text, Spanish by pressing 2 or texting AYUDA), 911, the nearest emergency room.
/// </summary>
public static class DefaultCrisisResources
{
    /// <summary>English (United States).</summary>
    public static CrisisResources English() => new()
    {
        Title = "You deserve support right now",
        SelfText = "If you are thinking about suicide or hurting yourself, or you have taken something, please reach out now. "
            + "You can call or text 988 to talk with a trained counselor, free and confidential, 24/7. If you are in danger right now, call 911.",
        OtherTitle = "Worried about someone? Help is available now",
        OtherText = "If someone you know may be in danger, stay with them if it is safe, and keep pills, weapons and other means away from them. "
            + "Call or text 988 for guidance on how to help, 24/7. If they are in immediate danger or have taken something, call 911.",
        EmergencyTitle = "Call 911 now",
        EmergencyText = "This may be a medical emergency. Call 911 now or go to the nearest emergency room. Do not wait for a reply here.",
        EmergencyRoom = "Or go to the nearest emergency room.",
        WelcomeNote = "In an emergency, call 911. If you are thinking about suicide, call or text 988.",
        Contacts =
        [
            new() { Label = "Call 988", Uri = "tel:988", Note = "Suicide & Crisis Lifeline, 24/7", Kind = "crisis" },
            new() { Label = "Text 988", Uri = "sms:988", Note = "Suicide & Crisis Lifeline by text, 24/7", Kind = "crisis" },
            new() { Label = "Call 911", Uri = "tel:911", Note = "Emergency services", Kind = "emergency" },
        ],
    };

    /// <summary>Spanish (United States).</summary>
    public static CrisisResources Spanish() => new()
    {
        Title = "Mereces apoyo ahora mismo",
        SelfText = "Si estás pensando en el suicidio o en hacerte daño, o si tomaste algo, busca ayuda ahora. "
            + "Llama al 988 y marca 2, o envía AYUDA por mensaje de texto al 988, para hablar en español con un consejero capacitado, gratis y confidencial, las 24 horas. "
            + "Si estás en peligro ahora mismo, llama al 911.",
        OtherTitle = "¿Te preocupa alguien? Hay ayuda ahora mismo",
        OtherText = "Si alguien que conoces puede estar en peligro, quédate con esa persona si es seguro y aleja pastillas, armas y otros medios. "
            + "Llama al 988 (marca 2) para saber cómo ayudar, las 24 horas. Si está en peligro inmediato o tomó algo, llama al 911.",
        EmergencyTitle = "Llama al 911 ahora",
        EmergencyText = "Esto puede ser una emergencia médica. Llama al 911 ahora o ve a la sala de emergencias más cercana. No esperes una respuesta aquí.",
        EmergencyRoom = "O ve a la sala de emergencias más cercana.",
        WelcomeNote = "En una emergencia, llama al 911. Si piensas en el suicidio, llama o envía un mensaje al 988.",
        Contacts =
        [
            new() { Label = "Llamar al 988", Uri = "tel:988", Note = "Línea de Prevención del Suicidio y Crisis, marca 2 para español", Kind = "crisis" },
            new() { Label = "Texto al 988", Uri = "sms:988?body=AYUDA", Note = "Escribe AYUDA, 24 horas", Kind = "crisis" },
            new() { Label = "Llamar al 911", Uri = "tel:911", Note = "Emergencias", Kind = "emergency" },
        ],
    };
}
