from django.contrib.auth import views as auth_views
from django.urls import path

from caredesk.web.signin import SignInView
from caredesk.web.views import calls, home, items, lists, queue, tokens
from caredesk.web.views.desk import phone_presence
from caredesk.web.views.duty import duty_rotation
from caredesk.web.views.phones import phones, phones_instruction

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", home.healthz, name="healthz"),
    path("login/", SignInView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/api-tokens/", tokens.api_tokens, name="api-tokens"),
    path("next/", queue.next_item, name="next-item"),
    path("items/", lists.all_items, name="items"),
    path("my/", lists.mine, name="mine"),
    path("orphans/", lists.orphans, name="orphans"),
    path("review/", lists.review, name="review"),
    path("review/quarantined/<int:pk>/retry/", lists.review_retry, name="review-retry"),
    path("review/automatic/<int:pk>/file/", lists.review_file, name="review-file"),
    path("items/<int:number>/", items.item_page, name="item"),
    path("items/<int:number>/step/", items.item_step_view, name="item-step"),
    path("items/<int:number>/note/", items.item_note_view, name="item-note"),
    path("items/<int:number>/sign/", items.item_sign_view, name="item-sign"),
    path("items/<int:number>/release/", items.item_release_view, name="item-release"),
    path("items/<int:number>/assign/", items.item_assign_view, name="item-assign"),
    path("items/<int:number>/triage/", items.item_triage_view, name="item-triage"),
    path("items/<int:number>/attach/", items.item_attach_view, name="item-attach"),
    path("items/<int:number>/attach/search/", items.attach_search, name="attach-search"),
    path("attachments/<int:pk>/", items.attachment_download, name="attachment"),
]
# The desk around the queue: email duty rotation and phone presence.
urlpatterns += [
    path("duty/", duty_rotation, name="duty"),
    path("phones/", phones, name="phones"),
    path("phones/me/", phone_presence, name="phone-presence"),
    path("phones/instructions/", phones_instruction, name="phone-instruction"),
]
# Phone messages and return calls, account notes.
urlpatterns += [
    path("phone-messages/new/", calls.phone_message_new, name="phone-message-new"),
    path("callbacks/", calls.callbacks, name="callbacks"),
    path("items/<int:number>/calls/", calls.item_call_view, name="item-call"),
    path("people/<int:pk>/notes/", calls.person_note_view, name="person-note"),
]
