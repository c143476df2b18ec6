namespace FaqBot.Storage;

/// <summary>The storage settings are wrong; the message names the setting.</summary>
public sealed class StorageConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
