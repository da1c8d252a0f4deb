"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .activity import Activity
from .after_ingest import AfterIngest
from .agent_profile_out import AgentProfileOut
from .agent_profile_patch import AgentProfilePatch
from .answer import Answer
from .api_token_create import ApiTokenCreate
from .api_token_created import ApiTokenCreated
from .api_token_out import ApiTokenOut
from .article_create import ArticleCreate
from .article_deflections import ArticleDeflections
from .article_feedback import ArticleFeedback
from .article_hit import ArticleHit
from .article_kind import ArticleKind
from .article_out import ArticleOut
from .article_sort import ArticleSort
from .article_status import ArticleStatus
from .article_summary import ArticleSummary
from .article_update import ArticleUpdate
from .assignment_in import AssignmentIn
from .assignment_out import AssignmentOut
from .attachment_out import AttachmentOut
from .attachments_create_attachment_upload import AttachmentsCreateAttachmentUpload
from .attempt_out import AttemptOut
from .audience import Audience
from .availability_in import AvailabilityIn
from .body_auth_sign_in import BodyAuthSignIn
from .bulletin_create import BulletinCreate
from .bulletin_follow import BulletinFollow
from .bulletin_link_result import BulletinLinkResult
from .bulletin_out import BulletinOut
from .bulletin_resolution import BulletinResolution
from .bulletin_resolve import BulletinResolve
from .bulletin_state import BulletinState
from .bulletin_tickets_link import BulletinTicketsLink
from .bulletin_update import BulletinUpdate
from .calendar_out import CalendarOut
from .calendar_write import CalendarWrite
from .category_out import CategoryOut
from .category_patch import CategoryPatch
from .category_routing_out import CategoryRoutingOut
from .category_routing_write import CategoryRoutingWrite
from .category_write import CategoryWrite
from .cause import Cause
from .channel import Channel
from .closure_code import ClosureCode
from .closure_result import ClosureResult
from .comment_create import CommentCreate
from .comment_email import CommentEmail
from .comment_out import CommentOut
from .connection_test_out import ConnectionTestOut
from .customer_ticket_out import CustomerTicketOut
from .customer_ticket_out_details import CustomerTicketOutDetails
from .date_override import DateOverride
from .deflection_create import DeflectionCreate
from .deflection_out import DeflectionOut
from .deflection_report import DeflectionReport
from .delivery_detail import DeliveryDetail
from .delivery_detail_payload import DeliveryDetailPayload
from .delivery_out import DeliveryOut
from .delivery_status import DeliveryStatus
from .department_out import DepartmentOut
from .department_write import DepartmentWrite
from .detail_field_schema import DetailFieldSchema
from .direction import Direction
from .draft_from_ticket import DraftFromTicket
from .email_choice import EmailChoice
from .escalation_in import EscalationIn
from .escalation_out import EscalationOut
from .escalation_rule_order import EscalationRuleOrder
from .escalation_rule_out import EscalationRuleOut
from .escalation_rule_patch import EscalationRulePatch
from .escalation_rule_write import EscalationRuleWrite
from .events_stream_response_200 import EventsStreamResponse200
from .field_change_out import FieldChangeOut
from .field_error import FieldError
from .field_type import FieldType
from .guide_node import GuideNode
from .guide_path_step import GuidePathStep
from .guide_step import GuideStep
from .guide_step_node import GuideStepNode
from .guide_ticket_create import GuideTicketCreate
from .guide_ticket_create_details import GuideTicketCreateDetails
from .guide_tree import GuideTree
from .health_check_response_health_check import HealthCheckResponseHealthCheck
from .job_out import JobOut
from .job_out_args import JobOutArgs
from .job_status import JobStatus
from .language import Language
from .level import Level
from .link_create import LinkCreate
from .link_out import LinkOut
from .linked_ticket import LinkedTicket
from .location_out import LocationOut
from .location_write import LocationWrite
from .mail_ingest_out import MailIngestOut
from .mail_ingest_out_status import MailIngestOutStatus
from .mail_kind import MailKind
from .mail_quarantine_list_status import MailQuarantineListStatus
from .mail_test_in import MailTestIn
from .mail_test_out import MailTestOut
from .mailbox_out import MailboxOut
from .mailbox_patch import MailboxPatch
from .mailbox_write import MailboxWrite
from .marked_read import MarkedRead
from .matrix_cell import MatrixCell
from .merge_moves import MergeMoves
from .merge_preview import MergePreview
from .merge_request import MergeRequest
from .metric import Metric
from .metric_instance_out import MetricInstanceOut
from .node_type import NodeType
from .notification_kind import NotificationKind
from .notification_out import NotificationOut
from .notification_out_data import NotificationOutData
from .notification_page import NotificationPage
from .notification_preferences_in import NotificationPreferencesIn
from .notification_preferences_out import NotificationPreferencesOut
from .organization_out import OrganizationOut
from .organization_patch import OrganizationPatch
from .organization_write import OrganizationWrite
from .page_agent_profile_out import PageAgentProfileOut
from .page_api_token_out import PageApiTokenOut
from .page_article_hit import PageArticleHit
from .page_article_summary import PageArticleSummary
from .page_attachment_out import PageAttachmentOut
from .page_bulletin_out import PageBulletinOut
from .page_calendar_out import PageCalendarOut
from .page_category_out import PageCategoryOut
from .page_category_routing_out import PageCategoryRoutingOut
from .page_comment_out import PageCommentOut
from .page_delivery_out import PageDeliveryOut
from .page_escalation_out import PageEscalationOut
from .page_escalation_rule_out import PageEscalationRuleOut
from .page_job_out import PageJobOut
from .page_link_out import PageLinkOut
from .page_mailbox_out import PageMailboxOut
from .page_organization_out import PageOrganizationOut
from .page_policy_out import PagePolicyOut
from .page_presence_out import PagePresenceOut
from .page_quarantined_mail_out import PageQuarantinedMailOut
from .page_revision_summary import PageRevisionSummary
from .page_rule_out import PageRuleOut
from .page_scope_out import PageScopeOut
from .page_search_hit import PageSearchHit
from .page_solution_out import PageSolutionOut
from .page_team_out import PageTeamOut
from .page_ticket_brief import PageTicketBrief
from .page_ticket_event_out import PageTicketEventOut
from .page_user_out import PageUserOut
from .page_watcher_out import PageWatcherOut
from .page_webhook_out import PageWebhookOut
from .paused_out import PausedOut
from .period_report import PeriodReport
from .policy_conditions import PolicyConditions
from .policy_order import PolicyOrder
from .policy_out import PolicyOut
from .policy_out_pausing import PolicyOutPausing
from .policy_out_targets import PolicyOutTargets
from .policy_out_targets_additional_property import PolicyOutTargetsAdditionalProperty
from .policy_write import PolicyWrite
from .policy_write_pausing import PolicyWritePausing
from .policy_write_targets import PolicyWriteTargets
from .policy_write_targets_additional_property import PolicyWriteTargetsAdditionalProperty
from .poll_queued import PollQueued
from .poll_status import PollStatus
from .presence_in import PresenceIn
from .presence_out import PresenceOut
from .priority import Priority
from .priority_matrix import PriorityMatrix
from .problem import Problem
from .profile_update import ProfileUpdate
from .quarantined_mail_out import QuarantinedMailOut
from .quarantined_mail_out_headers import QuarantinedMailOutHeaders
from .quarantined_mail_out_status import QuarantinedMailOutStatus
from .relation import Relation
from .report_group import ReportGroup
from .report_out import ReportOut
from .report_row import ReportRow
from .report_row_values import ReportRowValues
from .report_table import ReportTable
from .resolution_answer import ResolutionAnswer
from .resolution_answer_in import ResolutionAnswerIn
from .resolution_link_in import ResolutionLinkIn
from .resolution_link_out import ResolutionLinkOut
from .revision_comparison import RevisionComparison
from .revision_out import RevisionOut
from .revision_summary import RevisionSummary
from .role import Role
from .rule_actions import RuleActions
from .rule_conditions import RuleConditions
from .rule_order import RuleOrder
from .rule_out import RuleOut
from .rule_patch import RulePatch
from .rule_write import RuleWrite
from .satisfaction_in import SatisfactionIn
from .satisfaction_link_out import SatisfactionLinkOut
from .satisfaction_out import SatisfactionOut
from .scope import Scope
from .scope_out import ScopeOut
from .search_hit import SearchHit
from .search_kind import SearchKind
from .security import Security
from .signup_accepted import SignupAccepted
from .signup_in import SignupIn
from .similar_ticket import SimilarTicket
from .sla_change_out import SlaChangeOut
from .sla_policy_ref_out import SlaPolicyRefOut
from .sla_state import SlaState
from .sla_status import SlaStatus
from .solution_link import SolutionLink
from .solution_out import SolutionOut
from .status import Status
from .stop_reason import StopReason
from .strategy import Strategy
from .stream_ticket_out import StreamTicketOut
from .survey_channel import SurveyChannel
from .team_out import TeamOut
from .team_patch import TeamPatch
from .team_write import TeamWrite
from .ticket_brief import TicketBrief
from .ticket_close import TicketClose
from .ticket_create import TicketCreate
from .ticket_create_details import TicketCreateDetails
from .ticket_event_out import TicketEventOut
from .ticket_event_out_data_type_0 import TicketEventOutDataType0
from .ticket_out import TicketOut
from .ticket_out_details import TicketOutDetails
from .ticket_page import TicketPage
from .ticket_sla_report import TicketSlaReport
from .ticket_sla_state import TicketSlaState
from .ticket_sort import TicketSort
from .ticket_suggestions import TicketSuggestions
from .ticket_type import TicketType
from .ticket_update import TicketUpdate
from .ticket_update_details_type_0 import TicketUpdateDetailsType0
from .token_out import TokenOut
from .trigger import Trigger
from .user_create import UserCreate
from .user_out import UserOut
from .user_summary import UserSummary
from .user_update import UserUpdate
from .visibility import Visibility
from .vote_in import VoteIn
from .watcher_out import WatcherOut
from .webhook_create import WebhookCreate
from .webhook_event_type import WebhookEventType
from .webhook_out import WebhookOut
from .webhook_patch import WebhookPatch
from .webhook_with_secret import WebhookWithSecret

__all__ = (
    "Action",
    "Activity",
    "AfterIngest",
    "AgentProfileOut",
    "AgentProfilePatch",
    "Answer",
    "ApiTokenCreate",
    "ApiTokenCreated",
    "ApiTokenOut",
    "ArticleCreate",
    "ArticleDeflections",
    "ArticleFeedback",
    "ArticleHit",
    "ArticleKind",
    "ArticleOut",
    "ArticleSort",
    "ArticleStatus",
    "ArticleSummary",
    "ArticleUpdate",
    "AssignmentIn",
    "AssignmentOut",
    "AttachmentOut",
    "AttachmentsCreateAttachmentUpload",
    "AttemptOut",
    "Audience",
    "AvailabilityIn",
    "BodyAuthSignIn",
    "BulletinCreate",
    "BulletinFollow",
    "BulletinLinkResult",
    "BulletinOut",
    "BulletinResolution",
    "BulletinResolve",
    "BulletinState",
    "BulletinTicketsLink",
    "BulletinUpdate",
    "CalendarOut",
    "CalendarWrite",
    "CategoryOut",
    "CategoryPatch",
    "CategoryRoutingOut",
    "CategoryRoutingWrite",
    "CategoryWrite",
    "Cause",
    "Channel",
    "ClosureCode",
    "ClosureResult",
    "CommentCreate",
    "CommentEmail",
    "CommentOut",
    "ConnectionTestOut",
    "CustomerTicketOut",
    "CustomerTicketOutDetails",
    "DateOverride",
    "DeflectionCreate",
    "DeflectionOut",
    "DeflectionReport",
    "DeliveryDetail",
    "DeliveryDetailPayload",
    "DeliveryOut",
    "DeliveryStatus",
    "DepartmentOut",
    "DepartmentWrite",
    "DetailFieldSchema",
    "Direction",
    "DraftFromTicket",
    "EmailChoice",
    "EscalationIn",
    "EscalationOut",
    "EscalationRuleOrder",
    "EscalationRuleOut",
    "EscalationRulePatch",
    "EscalationRuleWrite",
    "EventsStreamResponse200",
    "FieldChangeOut",
    "FieldError",
    "FieldType",
    "GuideNode",
    "GuidePathStep",
    "GuideStep",
    "GuideStepNode",
    "GuideTicketCreate",
    "GuideTicketCreateDetails",
    "GuideTree",
    "HealthCheckResponseHealthCheck",
    "JobOut",
    "JobOutArgs",
    "JobStatus",
    "Language",
    "Level",
    "LinkCreate",
    "LinkedTicket",
    "LinkOut",
    "LocationOut",
    "LocationWrite",
    "MailboxOut",
    "MailboxPatch",
    "MailboxWrite",
    "MailIngestOut",
    "MailIngestOutStatus",
    "MailKind",
    "MailQuarantineListStatus",
    "MailTestIn",
    "MailTestOut",
    "MarkedRead",
    "MatrixCell",
    "MergeMoves",
    "MergePreview",
    "MergeRequest",
    "Metric",
    "MetricInstanceOut",
    "NodeType",
    "NotificationKind",
    "NotificationOut",
    "NotificationOutData",
    "NotificationPage",
    "NotificationPreferencesIn",
    "NotificationPreferencesOut",
    "OrganizationOut",
    "OrganizationPatch",
    "OrganizationWrite",
    "PageAgentProfileOut",
    "PageApiTokenOut",
    "PageArticleHit",
    "PageArticleSummary",
    "PageAttachmentOut",
    "PageBulletinOut",
    "PageCalendarOut",
    "PageCategoryOut",
    "PageCategoryRoutingOut",
    "PageCommentOut",
    "PageDeliveryOut",
    "PageEscalationOut",
    "PageEscalationRuleOut",
    "PageJobOut",
    "PageLinkOut",
    "PageMailboxOut",
    "PageOrganizationOut",
    "PagePolicyOut",
    "PagePresenceOut",
    "PageQuarantinedMailOut",
    "PageRevisionSummary",
    "PageRuleOut",
    "PageScopeOut",
    "PageSearchHit",
    "PageSolutionOut",
    "PageTeamOut",
    "PageTicketBrief",
    "PageTicketEventOut",
    "PageUserOut",
    "PageWatcherOut",
    "PageWebhookOut",
    "PausedOut",
    "PeriodReport",
    "PolicyConditions",
    "PolicyOrder",
    "PolicyOut",
    "PolicyOutPausing",
    "PolicyOutTargets",
    "PolicyOutTargetsAdditionalProperty",
    "PolicyWrite",
    "PolicyWritePausing",
    "PolicyWriteTargets",
    "PolicyWriteTargetsAdditionalProperty",
    "PollQueued",
    "PollStatus",
    "PresenceIn",
    "PresenceOut",
    "Priority",
    "PriorityMatrix",
    "Problem",
    "ProfileUpdate",
    "QuarantinedMailOut",
    "QuarantinedMailOutHeaders",
    "QuarantinedMailOutStatus",
    "Relation",
    "ReportGroup",
    "ReportOut",
    "ReportRow",
    "ReportRowValues",
    "ReportTable",
    "ResolutionAnswer",
    "ResolutionAnswerIn",
    "ResolutionLinkIn",
    "ResolutionLinkOut",
    "RevisionComparison",
    "RevisionOut",
    "RevisionSummary",
    "Role",
    "RuleActions",
    "RuleConditions",
    "RuleOrder",
    "RuleOut",
    "RulePatch",
    "RuleWrite",
    "SatisfactionIn",
    "SatisfactionLinkOut",
    "SatisfactionOut",
    "Scope",
    "ScopeOut",
    "SearchHit",
    "SearchKind",
    "Security",
    "SignupAccepted",
    "SignupIn",
    "SimilarTicket",
    "SlaChangeOut",
    "SlaPolicyRefOut",
    "SlaState",
    "SlaStatus",
    "SolutionLink",
    "SolutionOut",
    "Status",
    "StopReason",
    "Strategy",
    "StreamTicketOut",
    "SurveyChannel",
    "TeamOut",
    "TeamPatch",
    "TeamWrite",
    "TicketBrief",
    "TicketClose",
    "TicketCreate",
    "TicketCreateDetails",
    "TicketEventOut",
    "TicketEventOutDataType0",
    "TicketOut",
    "TicketOutDetails",
    "TicketPage",
    "TicketSlaReport",
    "TicketSlaState",
    "TicketSort",
    "TicketSuggestions",
    "TicketType",
    "TicketUpdate",
    "TicketUpdateDetailsType0",
    "TokenOut",
    "Trigger",
    "UserCreate",
    "UserOut",
    "UserSummary",
    "UserUpdate",
    "Visibility",
    "VoteIn",
    "WatcherOut",
    "WebhookCreate",
    "WebhookEventType",
    "WebhookOut",
    "WebhookPatch",
    "WebhookWithSecret",
)
