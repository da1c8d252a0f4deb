from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus

if TYPE_CHECKING:
    from ..models.job_out_args import JobOutArgs


T = TypeVar("T", bound="JobOut")


@_attrs_define
class JobOut:
    """
    Attributes:
        args (JobOutArgs): The keyword arguments the task is called with.
        attempts (int): Attempts made so far (on PostgreSQL an administrator's retry counts one).
        id (int):
        last_error (None | str): Why the last attempt failed, on SQLite; on PostgreSQL the worker's log has it, with the
            job id.
        run_after (datetime.datetime | None): Not run before this instant (retries wait).
        status (JobStatus): Where a job stands; PostgreSQL's procrastinate statuses map onto these.
        task_name (str):
    """

    args: JobOutArgs
    attempts: int
    id: int
    last_error: None | str
    run_after: datetime.datetime | None
    status: JobStatus
    task_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args = self.args.to_dict()

        attempts = self.attempts

        id = self.id

        last_error: None | str
        last_error = self.last_error

        run_after: None | str
        if isinstance(self.run_after, datetime.datetime):
            run_after = self.run_after.isoformat()
        else:
            run_after = self.run_after

        status = self.status.value

        task_name = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "args": args,
                "attempts": attempts,
                "id": id,
                "last_error": last_error,
                "run_after": run_after,
                "status": status,
                "task_name": task_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_out_args import JobOutArgs  # noqa: PLC0415

        d = dict(src_dict)
        args = JobOutArgs.from_dict(d.pop("args"))

        attempts = d.pop("attempts")

        id = d.pop("id")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_run_after(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_after_type_0 = datetime.datetime.fromisoformat(data)

                return run_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        run_after = _parse_run_after(d.pop("run_after"))

        status = JobStatus(d.pop("status"))

        task_name = d.pop("task_name")

        job_out = cls(
            args=args,
            attempts=attempts,
            id=id,
            last_error=last_error,
            run_after=run_after,
            status=status,
            task_name=task_name,
        )

        job_out.additional_properties = d
        return job_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
