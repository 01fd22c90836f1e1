package org.salondesk.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.salondesk.TextLimit;

/** A piece of work for a staff user (call back, remind, follow up), optionally about a client or a booking. */
@Entity
@Table(name = "task")
public class Task {

    public static final TextLimit TITLE = new TextLimit("fieldName.taskTitle", 300);
    public static final TextLimit DESCRIPTION = new TextLimit("fieldName.taskDetails", 2000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskKind kind = TaskKind.MANUAL;

    /** The values of a task the desk made, one per line (see TaskWords); null for a person's own words. */
    @Column(name = "text_args", length = 1000)
    private String textArgs;

    protected Task() {
    }

    public Task(Long assigneeId, String title, LocalDate dueDate, Instant createdAt, Long createdBy) {
        this.assigneeId = assigneeId;
        this.title = title;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * A task the desk makes of {@code kind} with its words' values (see TaskWords); its title is worded once for whoever
     * reads the table directly.
     */
    static Task ofDesk(TaskKind kind, List<String> args, LocalDate due, Instant createdAt, Long assigneeId,
                       Long clientId, Long bookingId) {
        String values = TaskWords.encode(args);
        String title = TaskWords.text(kind, values, "");
        Task task = new Task(assigneeId, title.length() > TITLE.maxLength() ? title.substring(0, TITLE.maxLength())
                : title, due, createdAt, null);
        task.kind = kind;
        task.textArgs = values;
        task.clientId = clientId;
        task.bookingId = bookingId;
        return task;
    }

    public Long getId() {
        return id;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public void markDone(Instant at) {
        this.done = true;
        this.doneAt = at;
    }

    public void reopen() {
        this.done = false;
        this.doneAt = null;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public void setBookingId(Long bookingId) {
        this.bookingId = bookingId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    /** The values the desk's words of this task are made of; null when a person wrote (or rewrote) them. */
    public String getTextArgs() {
        return textArgs;
    }

    public void setTextArgs(String textArgs) {
        this.textArgs = textArgs;
    }

    /** What the task says in the reader's language. */
    public String text() {
        return TaskWords.text(kind, textArgs, title);
    }
}
