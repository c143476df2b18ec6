namespace FaqBot.Server.Startup;

// Points of the start-up sequence other hosted services wait for before they are even built.
public enum StartupMilestone
{
    // Storage open and migrated, signing key loaded: requests can be served (Kestrel listens after this).
    ServingRequests,

    // The index and vectors are open: the knowledge-base watcher may compare and rebuild.
    IndexOpened,
}

// The milestones reached so far, as tasks to await.
public sealed class StartupProgress
{
    private readonly TaskCompletionSource _servingRequests = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _indexOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WhenReached(StartupMilestone milestone) => Source(milestone).Task;

    internal void Reached(StartupMilestone milestone) => Source(milestone).TrySetResult();

    private TaskCompletionSource Source(StartupMilestone milestone) =>
        milestone == StartupMilestone.ServingRequests ? _servingRequests : _indexOpened;
}
