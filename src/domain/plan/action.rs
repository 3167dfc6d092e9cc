//! SMART actions: what, who, by when — linked to a domain and reviewed at each evaluation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::topic::TopicId;

pub const MAX_WHAT_CHARS: usize = 300;
pub const MAX_NOTE_CHARS: usize = 1000;
pub const MAX_WHO_CHARS: usize = 80;

/// Who does it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhoKind {
    /// The young person.
    #[default]
    Jongere,
    /// Someone from the young person's network.
    Netwerk,
    /// The coach.
    Begeleider,
    /// A service (OCMW, CAW, VDAB, …).
    Dienst,
}

impl WhoKind {
    pub const ALL: [WhoKind; 4] = [WhoKind::Jongere, WhoKind::Netwerk, WhoKind::Begeleider, WhoKind::Dienst];

    pub fn slug(self) -> &'static str {
        match self {
            WhoKind::Jongere => "jongere",
            WhoKind::Netwerk => "netwerk",
            WhoKind::Begeleider => "begeleider",
            WhoKind::Dienst => "dienst",
        }
    }

    pub fn from_slug(s: &str) -> Option<WhoKind> {
        Self::ALL.into_iter().find(|k| k.slug() == s)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Who {
    #[serde(default)]
    pub kind: WhoKind,
    /// Which person or service, in free text ("tante Nadia", "OCMW Gent").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Id of the person on the network worksheet, once that exists and one was picked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Who {
    /// Someone picked from the network worksheet: the action is theirs, under the name the map
    /// knows them by (which can still be changed here, like any name).
    pub fn pick_from_network(&mut self, person: u32, name: &str) {
        self.kind = WhoKind::Netwerk;
        self.link = Some(person.to_string());
        self.name = crate::domain::text::limit(name, MAX_WHO_CHARS).to_string();
    }

    /// No longer linked to anyone on the network map; the name typed stays.
    pub fn unlink(&mut self) {
        self.link = None;
    }

    /// The network person this action is linked to, if any.
    pub fn network_person(&self) -> Option<u32> {
        self.link.as_deref().and_then(|l| l.parse().ok())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    /// Changed: replaced by another agreement.
    Changed,
    /// Stopped: no longer relevant or not reached, and let go.
    Stopped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [ActionStatus::Open, ActionStatus::Done, ActionStatus::Changed, ActionStatus::Stopped];

    pub fn slug(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Changed => "changed",
            ActionStatus::Stopped => "stopped",
        }
    }
}

/// One SMART action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: u32,
    pub topic: TopicId,
    /// What will be done, concretely.
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: Who,
    /// By when.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: ActionStatus,
    /// When the status last changed away from or back to open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The reading (evaluation) at which this action was last reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<u32>,
    /// The reading that was the latest when this action was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_at: Option<u32>,
    /// The primary good (Good Lives Model) this action serves; set by the Good Lives worksheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good: Option<String>,
}

impl Action {
    pub fn new(id: u32, topic: TopicId) -> Self {
        Action {
            id,
            topic,
            what: String::new(),
            who: Who::default(),
            due: None,
            status: ActionStatus::Open,
            status_date: None,
            note: String::new(),
            reviewed_at: None,
            added_at: None,
            good: None,
        }
    }

    /// Open and its date has passed (the due day itself still counts as on time).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == ActionStatus::Open && self.due.is_some_and(|d| d < today)
    }

    /// Days left until the due date (negative when overdue); `None` without a date.
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        self.due.map(|d| (d - today).num_days())
    }

    pub fn set_status(&mut self, status: ActionStatus, today: NaiveDate) {
        if self.status != status {
            self.status = status;
            self.status_date = Some(today);
        }
    }
}

/// Order for lists: overdue first (oldest first), then open by date (no date last), then the
/// rest; ties keep the order in which they were added.
pub fn sort_for_overview(actions: &mut [&Action], today: NaiveDate) {
    actions.sort_by_key(|a| {
        let group = if a.is_overdue(today) {
            0
        } else if a.status == ActionStatus::Open {
            1
        } else {
            2
        };
        (group, a.due.is_none(), a.due, a.id)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LifeDomain;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn action(id: u32, due: Option<NaiveDate>, status: ActionStatus) -> Action {
        Action { due, status, ..Action::new(id, TopicId::Domain(LifeDomain::Wonen)) }
    }

    #[test]
    fn who_can_be_picked_from_the_network_and_let_go_again() {
        let mut who = Who { kind: WhoKind::Jongere, name: "mama".into(), link: None };
        assert_eq!(who.network_person(), None);
        who.pick_from_network(7, "Tante Nadia");
        assert_eq!(who.kind, WhoKind::Netwerk);
        assert_eq!(who.network_person(), Some(7));
        assert_eq!(who.name, "Tante Nadia");
        // A very long name from the map is cut to what the field holds.
        who.pick_from_network(8, &"x".repeat(MAX_WHO_CHARS + 20));
        assert_eq!(who.name.chars().count(), MAX_WHO_CHARS);
        assert_eq!(who.network_person(), Some(8));
        who.unlink();
        assert_eq!(who.network_person(), None);
        assert_eq!(who.name.chars().count(), MAX_WHO_CHARS, "the name typed stays");
        // A link that is not a number (hand-edited file) is no link.
        who.link = Some("abc".into());
        assert_eq!(who.network_person(), None);
    }

    #[test]
    fn overdue_is_open_and_past_its_date() {
        let today = d(2026, 5, 10);
        assert!(action(1, Some(d(2026, 5, 9)), ActionStatus::Open).is_overdue(today));
        assert!(!action(1, Some(d(2026, 5, 10)), ActionStatus::Open).is_overdue(today), "due today is not late");
        assert!(!action(1, Some(d(2026, 5, 11)), ActionStatus::Open).is_overdue(today));
        assert!(!action(1, None, ActionStatus::Open).is_overdue(today), "no date, never late");
        for s in [ActionStatus::Done, ActionStatus::Changed, ActionStatus::Stopped] {
            assert!(!action(1, Some(d(2020, 1, 1)), s).is_overdue(today));
        }
        assert_eq!(action(1, Some(d(2026, 5, 7)), ActionStatus::Open).days_left(today), Some(-3));
    }

    #[test]
    fn overview_order_puts_overdue_first() {
        let today = d(2026, 5, 10);
        let a = action(1, Some(d(2026, 6, 1)), ActionStatus::Open);
        let b = action(2, Some(d(2026, 5, 1)), ActionStatus::Open);
        let c = action(3, None, ActionStatus::Open);
        let e = action(4, Some(d(2026, 4, 1)), ActionStatus::Done);
        let f = action(5, Some(d(2026, 4, 20)), ActionStatus::Open);
        let mut list = vec![&a, &b, &c, &e, &f];
        sort_for_overview(&mut list, today);
        let ids: Vec<u32> = list.iter().map(|a| a.id).collect();
        assert_eq!(ids, [5, 2, 1, 3, 4]);
    }

    #[test]
    fn status_change_remembers_the_day() {
        let mut a = action(1, None, ActionStatus::Open);
        a.set_status(ActionStatus::Done, d(2026, 3, 3));
        assert_eq!(a.status_date, Some(d(2026, 3, 3)));
        a.set_status(ActionStatus::Done, d(2026, 4, 4));
        assert_eq!(a.status_date, Some(d(2026, 3, 3)), "same status keeps its day");
    }

    #[test]
    fn old_actions_without_new_fields_load() {
        let a: Action = serde_json::from_str(r#"{"id":3,"topic":"eigen-1"}"#).unwrap();
        assert_eq!(a.status, ActionStatus::Open);
        assert_eq!(a.good, None);
        assert_eq!(a.topic, TopicId::Own(1));
    }
}
