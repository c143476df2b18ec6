namespace FaqBot.Storage.Sqlite;

/// <summary>A queued write: runs alone (its own transaction) or inside a group commit (its own savepoint).</summary>
internal abstract class SqliteWrite
{
    /// <summary>Why the work failed inside a group, before the group's outcome is known.</summary>
    public Exception? Error { get; protected set; }

    /// <summary>Runs and completes at once: the work's own transaction commits it.</summary>
    public abstract void RunAlone(SqlitePreparedConnection database);

    /// <summary>Runs inside the open group transaction; completes later with <see cref="Complete"/> or <see cref="Fail"/>.</summary>
    public abstract void RunInGroup(SqlitePreparedConnection database);

    /// <summary>The group committed: hands the result (or the work's own error) to the caller.</summary>
    public abstract void Complete();

    /// <summary>The group did not commit.</summary>
    public abstract void Fail(Exception exception);
}

/// <summary>A queued write returning <typeparamref name="T"/>.</summary>
internal sealed class SqliteWrite<T>(Func<SqlitePreparedConnection, T> work) : SqliteWrite
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override void RunAlone(SqlitePreparedConnection database)
    {
        try
        {
            _completion.TrySetResult(work(database));
        }
        catch (Exception ex)
        {
            _completion.TrySetException(SqliteErrors.Map(ex, database.Path));
        }
    }

    public override void RunInGroup(SqlitePreparedConnection database)
    {
        // The work's BeginTransaction becomes a savepoint here; work that writes without one gets one around it.
        try
        {
            database.Execute("SAVEPOINT item");
            _result = work(database);
            database.Execute("RELEASE item");
        }
        catch (Exception ex)
        {
            Error = SqliteErrors.Map(ex, database.Path);
            if (database.InTransaction)
            {
                database.Execute("ROLLBACK TO item");
                database.Execute("RELEASE item");
            }
        }
    }

    public override void Complete()
    {
        if (Error is not null)
        {
            _completion.TrySetException(Error);
        }
        else
        {
            _completion.TrySetResult(_result!);
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
