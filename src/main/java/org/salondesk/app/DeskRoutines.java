package org.salondesk.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * What the desk does by itself as time passes, on the UI thread's timers (each job hands its reads to the background
 * itself): counts the tasks that fell due, makes the day's confirmation calls and follow-ups, asks a lost database
 * server again, looks whether another desk restores a copy, and matches the waiting list (which expires its entries).
 */
final class DeskRoutines {

    /** How often the badge of tasks is counted again: tasks fall due as time passes. */
    private static final Duration WAITING_TASKS_EVERY = Duration.seconds(15);
    /** How often the desk looks for confirmation calls and follow-ups to make. */
    private static final Duration DUE_TASKS_EVERY = Duration.hours(1);
    /** How often a desk that lost its database server asks it again. */
    private static final Duration CONNECTION_EVERY = Duration.seconds(2);
    /** How often the waiting list is matched again with no change seen: entries expire as the days pass. */
    private static final Duration WAITLIST_EVERY = Duration.minutes(10);
    /** How often the desk looks whether another desk on the file restores a copy. */
    private static final Duration RESTORES_EVERY = Duration.seconds(2);

    private DeskRoutines() {
    }

    static void start(Runnable countWaitingTasks, Runnable makeDueTasks, Runnable checkConnection,
                      Runnable watchRestores, Runnable matchWaitlist) {
        every(WAITING_TASKS_EVERY, countWaitingTasks);
        every(DUE_TASKS_EVERY, makeDueTasks);
        every(CONNECTION_EVERY, checkConnection);
        every(RESTORES_EVERY, watchRestores);
        every(WAITLIST_EVERY, matchWaitlist);
    }

    private static void every(Duration period, Runnable work) {
        Timeline timeline = new Timeline(new KeyFrame(period, event -> work.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }
}
