#!/usr/bin/env python3
"""Writes thidua-realm.json, the demo realm `./stack up --idp keycloak` imports. Run it after editing.

Demo realm only: every user's password is `demo` and `thidua-cli` allows the password grant.
No client secret is written: Keycloak generates one per confidential client at import
(`./stack idp client-secret CLIENT` prints it).
"""
import json
import pathlib

SCHOOLS = ["TH-TRAMCHIM2", "TH-TRAMCHIM1", "THCS-TRAMCHIM", "TH-HOAAN"]
OFFICES = ["DONGTHAP", "PGD-TAMNONG", "PGD-CAOLANH"]
ROLES = {
    "district": "Phòng/Sở Giáo dục: xem và quyết định cho các đơn vị trực thuộc",
    "principal": "Hiệu trưởng: kế hoạch, đăng ký, đánh giá của trường",
    "council": "Hội đồng thi đua - khen thưởng của trường",
    "group_lead": "Tổ trưởng chuyên môn",
    "staff": "Cán bộ, giáo viên (tự đánh giá)",
    "school_app": "Phần mềm quản lý của trường (tài khoản dịch vụ)",
    "viewer": "Chỉ xem",
}
SCHOOL_ROLES = ["principal", "council", "group_lead", "staff", "viewer"]
OFFICE_ROLES = ["district", "viewer"]
AUDIENCE = "thidua"


def attribute_mapper(name):
    return {
        "name": name, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
        "config": {"user.attribute": name, "claim.name": name, "jsonType.label": "String",
                   "access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "true",
                   "introspection.token.claim": "true", "multivalued": "false"},
    }


# The claims the services read (platform/security Caller, smallrye-jwt): groups, unit, staff, upn; aud thidua.
MAPPERS = [
    {"name": "groups", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
     "config": {"claim.name": "groups", "multivalued": "true", "jsonType.label": "String",
                "access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "true",
                "introspection.token.claim": "true"}},
    {"name": "upn", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-property-mapper",
     "config": {"user.attribute": "username", "claim.name": "upn", "jsonType.label": "String",
                "access.token.claim": "true", "id.token.claim": "true", "userinfo.token.claim": "true",
                "introspection.token.claim": "true"}},
    attribute_mapper("unit"),
    attribute_mapper("staff"),
    {"name": "audience thidua", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
     "config": {"included.custom.audience": AUDIENCE, "access.token.claim": "true", "id.token.claim": "false",
                "introspection.token.claim": "true"}},
]


def profile_attribute(name, display, required=False, validations=None):
    attribute = {"name": name, "displayName": display, "validations": validations or {},
                 "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False}
    if required:
        attribute["required"] = {"roles": ["user"]}
    return attribute


# Keycloak 26 keeps only the attributes its user profile declares: unit and staff are declared here,
# edited by admins only (a user must not move itself to another unit).
USER_PROFILE = {
    "attributes": [
        {"name": "username", "displayName": "${username}",
         "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                         "up-username-not-idn-homograph": {}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        profile_attribute("email", "${email}", validations={"email": {}, "length": {"max": 255}}),
        profile_attribute("firstName", "${firstName}", validations={"length": {"max": 255}}),
        profile_attribute("lastName", "${lastName}", validations={"length": {"max": 255}}),
        profile_attribute("unit", "Đơn vị (mã)", validations={"length": {"max": 64}}),
        profile_attribute("staff", "Mã cán bộ (evaluation-service)", validations={"length": {"max": 64}}),
    ],
    "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata"}],
}


def user(role, unit):
    name = f"{role}.{unit.lower()}"
    return {
        "username": name, "enabled": True, "emailVerified": True,
        "firstName": role, "lastName": unit, "email": f"{name}@demo.thidua.vn",
        "attributes": {"unit": [unit]},
        "credentials": [{"type": "password", "value": "demo", "temporary": False}],
        "realmRoles": [role], "requiredActions": [],
    }


def school_app(unit):
    client_id = f"school-app-{unit.lower()}"
    client = {
        "clientId": client_id, "name": f"Phần mềm của trường {unit}", "enabled": True, "protocol": "openid-connect",
        "publicClient": False, "clientAuthenticatorType": "client-secret", "serviceAccountsEnabled": True,
        "standardFlowEnabled": False, "directAccessGrantsEnabled": False, "implicitFlowEnabled": False,
        "fullScopeAllowed": True, "protocolMappers": MAPPERS,
    }
    account = {
        "username": f"service-account-{client_id}", "enabled": True, "serviceAccountClientId": client_id,
        "attributes": {"unit": [unit]}, "realmRoles": ["school_app"],
    }
    return client, account


def realm():
    apps = [school_app(unit) for unit in SCHOOLS]
    users = [user(role, unit) for unit in OFFICES for role in OFFICE_ROLES]
    users += [user(role, unit) for unit in SCHOOLS for role in SCHOOL_ROLES]
    return {
        "realm": "thidua", "displayName": "Thi đua (demo)", "enabled": True,
        "sslRequired": "none", "accessTokenLifespan": 900, "registrationAllowed": False,
        "roles": {"realm": [{"name": name, "description": text} for name, text in ROLES.items()]},
        "clients": [{
            "clientId": "thidua-cli", "name": "Dòng lệnh và kiểm thử (demo)", "enabled": True,
            "protocol": "openid-connect", "publicClient": True, "directAccessGrantsEnabled": True,
            "standardFlowEnabled": False, "implicitFlowEnabled": False, "fullScopeAllowed": True,
            "protocolMappers": MAPPERS,
        }] + [client for client, _ in apps],
        "users": users + [account for _, account in apps],
        "components": {"org.keycloak.userprofile.UserProfileProvider": [{
            "providerId": "declarative-user-profile", "subComponents": {},
            "config": {"kc.user.profile.config": [json.dumps(USER_PROFILE, ensure_ascii=False)]},
        }]},
    }


if __name__ == "__main__":
    target = pathlib.Path(__file__).with_name("thidua-realm.json")
    target.write_text(json.dumps(realm(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}")
