namespace EventPro.Specs.Server.Registry;

/// <summary>A state machine known to the server: identity, type, tags and its current revision.</summary>
public sealed class StateMachineRecord
{
    private StateMachineRevision _revision;

    /// <summary>Creates the record.</summary>
    public StateMachineRecord(string name, string arn, string region, string account, StateMachineType type, DateTimeOffset creationDate, long sequence, StateMachineRevision revision)
    {
        Name = name;
        Arn = arn;
        Region = region;
        Account = account;
        Type = type;
        CreationDate = creationDate;
        Sequence = sequence;
        _revision = revision;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The ARN.</summary>
    public string Arn { get; }

    /// <summary>The region in its ARN.</summary>
    public string Region { get; }

    /// <summary>The account in its ARN.</summary>
    public string Account { get; }

    /// <summary>STANDARD or EXPRESS (fixed at creation, as on AWS).</summary>
    public StateMachineType Type { get; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreationDate { get; }

    /// <summary>Creation order across the server (ListStateMachines order and page tokens).</summary>
    public long Sequence { get; }

    /// <summary>The tags.</summary>
    public TagSet Tags { get; } = new();

    /// <summary>The current revision; replaced as a whole by UpdateStateMachine.</summary>
    public StateMachineRevision Revision
    {
        get => Volatile.Read(ref _revision);
        set => Volatile.Write(ref _revision, value);
    }

    /// <summary>What task backends are told about this state machine.</summary>
    public StateMachineInfo Info(StateMachineRevision revision) => new(Name, Arn, Type, revision.Machine, revision.RoleArn);
}
